using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests;

/// <summary>
/// FusionAuth with <c>Webhooks:fusionauth:JwksUrl</c>, against a JWKS served by Kestrel on 127.0.0.1: RSA and EC keys
/// verify by kid; a rotated key verifies after a refetch; unknown kids are rejected and refetch at most once per 30 s;
/// while no key set was ever fetched, deliveries are answered 503 (never accepted) and the health check is degraded;
/// bad URLs stop start-up.
/// </summary>
public sealed class FusionAuthJwksEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan PastRateLimit = TimeSpan.FromSeconds(31);

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly JwksServer _jwks = new();
    private readonly RecordedLogs _logs = new();
    private readonly WebhookServer _server;

    public FusionAuthJwksEndToEndTests() => _server = new WebhookServer { Logs = _logs };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _jwks.DisposeAsync();
        _rsa.Dispose();
        _ec.Dispose();
    }

    private static Dictionary<string, string?> Settings(string? jwksUrl, params (string Key, string? Value)[] more)
    {
        var settings = WebhookServer.SecretSettings(WebhookServer.Secrets.Keys);
        settings.Remove("Webhooks:fusionauth:Secret"); // only the fetched keys can verify
        settings["Webhooks:fusionauth:PublicKey"] = null;
        settings["Webhooks:fusionauth:JwksUrl"] = jwksUrl;
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Task StartAppAsync(params (string Key, string? Value)[] more) => _server.StartAsync(Settings(_jwks.Url.ToString(), more));

    private async Task<HttpResponseMessage> SendAsync(string privateKeyPem, string kid, string? id = null)
    {
        var signer = new WebhookSigner(_server.Services, "fusionauth", privateKeyPem, _server.Clock) { JwtKeyId = kid };
        return await _server.Client.SendAsync(signer.CreateRequest(
            "/webhooks/fusionauth", $$$$"""{"event":{"type":"user.create","id":"{{{{id ?? Guid.NewGuid().ToString("N")}}}}","user":{"id":"u1","email":"a@example.com"}}}"""));
    }

    private async Task<HttpStatusCode> StatusAsync(string privateKeyPem, string kid)
    {
        using var response = await SendAsync(privateKeyPem, kid);
        return response.StatusCode;
    }

    [Fact]
    public async Task Tokens_signed_with_the_rsa_and_ec_keys_of_the_fetched_jwks_run_the_handler()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"), JwksServer.Jwk(_ec, "ec-1"));
        await _jwks.StartAsync();
        await StartAppAsync();
        var rsaId = Guid.NewGuid().ToString("N");
        var ecId = Guid.NewGuid().ToString("N");

        using var rsa = await SendAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1", rsaId);
        using var ec = await SendAsync(_ec.ExportPkcs8PrivateKeyPem(), "ec-1", ecId);
        using var otherKey = await SendAsync(RSA.Create(2048).ExportPkcs8PrivateKeyPem(), "rsa-1");

        Assert.Equal(HttpStatusCode.OK, rsa.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ec.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherKey.StatusCode);
        Assert.Equal(1, _server.Log.CountWhere(entry => entry == $"fusionauth:user.create:{rsaId}"));
        Assert.Equal(1, _server.Log.CountWhere(entry => entry == $"fusionauth:user.create:{ecId}"));
        Assert.Equal(1, _jwks.Requests);
    }

    [Fact]
    public async Task A_rotated_key_verifies_after_the_refetch_its_unknown_kid_causes()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"));
        await _jwks.StartAsync();
        await StartAppAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"));

        using var rotated = RSA.Create(2048);
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(rotated, "rsa-2"));
        _server.Clock.Advance(PastRateLimit);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(rotated.ExportPkcs8PrivateKeyPem(), "rsa-2"));
        Assert.Equal(2, _jwks.Requests);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1")); // retired with its set
    }

    [Fact]
    public async Task Unknown_kids_are_rejected_and_refetch_at_most_once_per_30_seconds()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"));
        await _jwks.StartAsync();
        await StartAppAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"));
        using var forger = RSA.Create(2048);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forger.ExportPkcs8PrivateKeyPem(), $"forged-{i}"));
        }

        Assert.Equal(1, _jwks.Requests);

        _server.Clock.Advance(PastRateLimit);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forger.ExportPkcs8PrivateKeyPem(), $"forged-again-{i}"));
        }

        Assert.Equal(2, _jwks.Requests);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_good_keys()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"));
        await _jwks.StartAsync();
        await StartAppAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"));

        _jwks.Json = "<html>maintenance</html>";
        _server.Clock.Advance(TimeSpan.FromMinutes(10)); // the scheduled refresh
        _server.Clock.Advance(PastRateLimit);
        using var forger = RSA.Create(2048);

        // An unknown kid waits for a fetch of the broken document: invalid (401), not "no keys" (503).
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forger.ExportPkcs8PrivateKeyPem(), "rsa-x"));
        Assert.True(_jwks.Requests >= 2);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"));
    }

    [Fact]
    public async Task While_the_jwks_endpoint_is_down_from_start_up_deliveries_are_answered_503_and_accepted_once_it_is_up()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"));
        await StartAppAsync(); // nothing listens at the JWKS URL yet

        using (var down = await SendAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.True(down.Headers.RetryAfter is not null);
        }

        var waiting = await HealthAsync();
        Assert.Equal(HealthStatus.Degraded, waiting.Status);
        Assert.Contains("Webhook provider 'fusionauth' has had no keys from 127.0.0.1 since start-up", waiting.Description, StringComparison.Ordinal);

        await _jwks.StartAsync();
        _server.Clock.Advance(PastRateLimit); // the retry after a failed fetch, or the next refetch a delivery may cause

        var id = Guid.NewGuid().ToString("N");
        using var up = await SendAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1", id);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(1, _server.Log.CountWhere(entry => entry == $"fusionauth:user.create:{id}"));
        Assert.Equal(HealthStatus.Healthy, (await HealthAsync()).Status);
    }

    private async Task<HealthReportEntry> HealthAsync() =>
        (await _server.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["webhooks"];

    [Fact]
    public async Task Unusable_keys_and_failed_fetches_are_logged_without_key_material()
    {
        using var small = RSA.Create(1024);
        var privateJwk = JwksServer.Jwk(_ec, "ec-private").Replace("}", $",\"d\":\"{System.Buffers.Text.Base64Url.EncodeToString(_ec.ExportParameters(true).D!)}\"}}", StringComparison.Ordinal);
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_rsa, "rsa-1"), JwksServer.Jwk(small, "rsa-small"), privateJwk);
        await _jwks.StartAsync();
        await StartAppAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_rsa.ExportPkcs8PrivateKeyPem(), "rsa-1"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(small.ExportPkcs8PrivateKeyPem(), "rsa-small"));

        // An unchanged document is not imported (or logged) again.
        _server.Clock.Advance(TimeSpan.FromMinutes(10));
        _server.Clock.Advance(PastRateLimit);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(small.ExportPkcs8PrivateKeyPem(), "rsa-unknown")); // waits for a fetch
        Assert.True(_jwks.Requests >= 2);
        Assert.Single(_logs.Messages, m => m.StartsWith("Fetched the fusionauth JWKS", StringComparison.Ordinal));

        _jwks.Json = "not json";
        _server.Clock.Advance(TimeSpan.FromMinutes(10));
        _server.Clock.Advance(PastRateLimit);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(small.ExportPkcs8PrivateKeyPem(), "rsa-unknown")); // waits for a failed fetch

        var logged = string.Join("\n", _logs.Messages);
        Assert.Contains("Fetched the fusionauth JWKS from " + _jwks.Url + ": 1 usable keys", logged, StringComparison.Ordinal);
        Assert.Contains("key #2 is not usable: it is an RSA key of 1024 bits", logged, StringComparison.Ordinal);
        Assert.Contains("key #3 is not usable: it is a private key", logged, StringComparison.Ordinal);
        Assert.Contains("Could not fetch the fusionauth JWKS from " + _jwks.Url + ": it is not JSON", logged, StringComparison.Ordinal);
        Assert.Contains("kept the last key set", logged, StringComparison.Ordinal);
        foreach (var material in new[] { _ec.ExportParameters(true).D!, _ec.ExportParameters(false).Q.X!, _rsa.ExportParameters(false).Modulus! })
        {
            Assert.DoesNotContain(System.Buffers.Text.Base64Url.EncodeToString(material)[..16], logged, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hmac_tokens_do_not_wait_for_a_jwks_endpoint_that_is_down()
    {
        var secret = WebhookServer.Secrets["fusionauth"];
        await StartAppAsync(("Webhooks:fusionauth:Secret", secret)); // nothing listens at the JWKS URL
        var id = Guid.NewGuid().ToString("N");
        var signer = new WebhookSigner(_server.Services, "fusionauth", secret, _server.Clock);

        using var response = await _server.Client.SendAsync(signer.CreateRequest(
            "/webhooks/fusionauth", $$$$"""{"event":{"type":"user.create","id":"{{{{id}}}}","user":{"id":"u1","email":"a@example.com"}}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_declared_jwt_provider_verifies_with_its_jwks_url_too()
    {
        _jwks.Json = JwksServer.Jwks(JwksServer.Jwk(_ec, "ec-1"));
        await _jwks.StartAsync();
        await StartAppAsync(("Webhooks:acme-jwt:Secret", null), ("Webhooks:acme-jwt:JwksUrl", _jwks.Url.ToString()));
        var id = Guid.NewGuid().ToString("N");
        var signer = new WebhookSigner(_server.Services, "acme-jwt", _ec.ExportPkcs8PrivateKeyPem(), _server.Clock) { JwtKeyId = "ec-1" };
        var forger = new WebhookSigner(_server.Services, "acme-jwt", ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(), _server.Clock) { JwtKeyId = "ec-1" };

        using var signed = await _server.Client.SendAsync(signer.CreateRequest("/webhooks/acme-jwt", $$"""{"kind":"thing.happened","id":"{{id}}"}"""));
        using var forged = await _server.Client.SendAsync(forger.CreateRequest("/webhooks/acme-jwt", $$"""{"kind":"thing.happened","id":"{{id}}-forged"}"""));

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(1, _server.Log.CountWhere(entry => entry == $"acme-jwt:thing.happened:{id}"));
    }

    [Theory]
    [InlineData("not a url", "must be an absolute https URL")]
    [InlineData("http://auth.example.com/.well-known/jwks.json", "must use https")]
    [InlineData("ftp://auth.example.com/jwks.json", "must be an absolute https URL")]
    public void A_bad_jwks_url_stops_start_up_naming_the_key(string url, string problem)
    {
        var error = Assert.Throws<OptionsValidationException>(() => _server.Build(Settings(url)));

        Assert.Contains("Webhooks:fusionauth:JwksUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jwks_url_with_a_jwks_file_stops_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            _server.Build(Settings("https://auth.example.com/.well-known/jwks.json", ("Webhooks:fusionauth:JwksPath", "/etc/jwks.json"))));

        Assert.Contains("Webhooks:fusionauth:JwksPath and Webhooks:fusionauth:JwksUrl are both set", error.Message, StringComparison.Ordinal);
    }
}
