using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Infrastructure;
using Webhooks.Providers;
using Webhooks.Testing;
using static Webhooks.Runtime.Tests.Configuration.ConfigurationFixture;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>
/// Start-up validation of the public-key schemes: SendGrid needs a P-256 public key, FusionAuth an HMAC secret, a
/// public key or a JWKS file usable by an allowed algorithm; messages name the keys to set and never quote a key.
/// </summary>
public sealed class PublicKeyOptionsTests
{
    private static readonly WebhookKeyPair P256 = WebhookKeyPair.CreateEcdsa();

    private static readonly WebhookProviderOptionsValidator Validator = new(
    [
        new WebhookHandlerRegistration(BuiltInProviders.SendGrid, typeof(object), null, (_, _) => ValueTask.FromResult(WebhookDispatchResult.Handled)),
        new WebhookHandlerRegistration(BuiltInProviders.FusionAuth, typeof(string), null, (_, _) => ValueTask.FromResult(WebhookDispatchResult.Handled)),
    ]);

    private static (ValidateOptionsResult Result, WebhookProviderOptions Options) Validate(ProviderDescriptor provider, params (string Key, string? Value)[] configuration)
    {
        var options = new WebhookProviderOptions();
        WebhookConfigurationReader.Apply(Build(configuration), provider, options);
        return (Validator.Validate(provider.Name, options), options);
    }

    private static ValidateOptionsResult SendGrid(params (string Key, string? Value)[] configuration) => Validate(BuiltInProviders.SendGrid, configuration).Result;

    private static ValidateOptionsResult FusionAuth(params (string Key, string? Value)[] configuration) => Validate(BuiltInProviders.FusionAuth, configuration).Result;

    [Fact]
    public void SendGrid_without_a_key_fails_naming_the_keys_and_the_variable()
    {
        var result = SendGrid();

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:sendgrid:PublicKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Webhooks:sendgrid:PublicKeys:0", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("SENDGRID_WEBHOOK_VERIFICATION_KEY", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SendGrid_key_set_as_a_secret_is_pointed_to_PublicKey()
    {
        var result = SendGrid(("Webhooks:sendgrid:Secret", P256.PublicKeyBase64));

        Assert.True(result.Failed);
        Assert.Contains("set it as the PublicKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(P256.PublicKeyBase64, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Webhooks:sendgrid:PublicKey")]
    [InlineData("Webhooks:sendgrid:PublicKeys:0")]
    [InlineData("SENDGRID_WEBHOOK_VERIFICATION_KEY")]
    public void SendGrid_key_from_any_source_succeeds(string key)
    {
        Assert.True(SendGrid((key, P256.PublicKeyBase64)).Succeeded);
        Assert.True(SendGrid((key, P256.PublicKey)).Succeeded);
    }

    [Fact]
    public void A_pem_with_escaped_line_breaks_from_an_environment_variable_succeeds() =>
        Assert.True(SendGrid(("SENDGRID_WEBHOOK_VERIFICATION_KEY", P256.PublicKey.Replace("\n", "\\n", StringComparison.Ordinal))).Succeeded);

    [Fact]
    public void SendGrid_private_key_is_refused_without_being_quoted()
    {
        foreach (var privateKey in new[] { P256.PrivateKey, PemBody(P256.PrivateKey) })
        {
            var result = SendGrid(("Webhooks:sendgrid:PublicKey", privateKey));

            Assert.True(result.Failed);
            Assert.Contains("private key", result.FailureMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(PemBody(P256.PrivateKey)[..40], result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SendGrid_key_on_another_curve_or_of_another_kind_is_refused()
    {
        foreach (var key in new[] { WebhookKeyPair.CreateEcdsa(384).PublicKey, WebhookKeyPair.CreateRsa().PublicKeyBase64, WebhookKeyPair.CreateEd25519().PublicKey })
        {
            var result = SendGrid(("Webhooks:sendgrid:PublicKeys:0", P256.PublicKey), ("Webhooks:sendgrid:PublicKeys:1", key));

            Assert.True(result.Failed);
            Assert.Contains("Public key #2 of webhook provider 'sendgrid' is not usable: it is not a P-256", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    public void SendGrid_garbage_key_is_refused(string key)
    {
        var result = SendGrid(("Webhooks:sendgrid:PublicKey", key));

        Assert.True(result.Failed);
        Assert.Contains("Public key #1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_without_a_key_fails_naming_every_way_to_configure_one()
    {
        var result = FusionAuth();

        Assert.True(result.Failed);
        foreach (var name in new[] { "Webhooks:fusionauth:Secret", "FUSIONAUTH_WEBHOOK_SECRET", "Webhooks:fusionauth:PublicKey", "FUSIONAUTH_WEBHOOK_PUBLIC_KEY", "Webhooks:fusionauth:JwksPath", "Webhooks:fusionauth:JwksUrl" })
        {
            Assert.Contains(name, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("FUSIONAUTH_WEBHOOK_SECRET", "an-hmac-secret")]
    [InlineData("Webhooks:fusionauth:Secret", "an-hmac-secret")]
    public void FusionAuth_with_an_hmac_secret_succeeds(string key, string value) => Assert.True(FusionAuth((key, value)).Succeeded);

    [Fact]
    public void FusionAuth_with_public_keys_of_every_kind_succeeds()
    {
        var result = FusionAuth(
            ("Webhooks:fusionauth:PublicKeys:0", WebhookKeyPair.CreateRsa().PublicKey),
            ("Webhooks:fusionauth:PublicKeys:1", WebhookKeyPair.CreateEcdsa(521).PublicKey),
            ("FUSIONAUTH_WEBHOOK_PUBLIC_KEY", WebhookKeyPair.CreateEd25519().PublicKey));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void FusionAuth_certificate_as_the_public_key_succeeds()
    {
        using var rsa = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=fusionauth", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        Assert.True(FusionAuth(("Webhooks:fusionauth:PublicKey", certificate.ExportCertificatePem())).Succeeded);
    }

    [Theory]
    [InlineData("none", "'none'")]
    [InlineData("NONE", "'none'")]
    [InlineData("HS257", "not an algorithm this library verifies")]
    [InlineData("rs256", "case-sensitive")]
    public void FusionAuth_algorithms_must_be_known_and_never_none(string algorithm, string expected)
    {
        var result = FusionAuth(("FUSIONAUTH_WEBHOOK_SECRET", "an-hmac-secret"), ("Webhooks:fusionauth:Algorithms:0", "HS256"), ("Webhooks:fusionauth:Algorithms:1", algorithm));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:fusionauth:Algorithms:1", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_public_key_configured_as_a_secret_is_refused()
    {
        var pem = WebhookKeyPair.CreateRsa().PublicKey;

        var result = FusionAuth(("Webhooks:fusionauth:Secret", pem));

        Assert.True(result.Failed);
        Assert.Contains("Signing secret #1 of webhook provider 'fusionauth' is not usable: it is a key, not an HMAC secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_key_no_allowed_algorithm_takes_is_refused()
    {
        var result = FusionAuth(
            ("Webhooks:fusionauth:Secret", "an-hmac-secret"),
            ("Webhooks:fusionauth:PublicKey", WebhookKeyPair.CreateEcdsa(384).PublicKey),
            ("Webhooks:fusionauth:Algorithms:0", "RS256"));

        Assert.True(result.Failed);
        Assert.Contains("Signing secret #1 of webhook provider 'fusionauth' is not usable: no HMAC algorithm", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Public key #1 of webhook provider 'fusionauth' is not usable: none of the allowed algorithms", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_rsa_key_under_2048_bits_is_refused()
    {
        using var rsa = RSA.Create(1024);

        var result = FusionAuth(("Webhooks:fusionauth:PublicKey", rsa.ExportSubjectPublicKeyInfoPem()));

        Assert.True(result.Failed);
        Assert.Contains("1024 bits", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_jwks_file_is_read_and_its_problems_named()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = ec.ExportParameters(true);
        string Jwk(string kid, bool withPrivate = false) =>
            $$"""{"kty":"EC","crv":"P-256","kid":"{{kid}}","use":"sig","x":"{{B64(p.Q.X!)}}","y":"{{B64(p.Q.Y!)}}"{{(withPrivate ? $",\"d\":\"{B64(p.D!)}\"" : "")}}}""";
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        try
        {
            File.WriteAllText(good, $$"""{"keys":[{{Jwk("a")}},{"kty":"OKP","crv":"Ed25519","kid":"b","x":"{{B64(Convert.FromBase64String(WebhookKeyPair.CreateEd25519().PublicKeyBase64)[^32..])}}"}]}""");
            File.WriteAllText(bad, $$"""{"keys":[{{Jwk("a")}},{{Jwk("a")}},{{Jwk("c", withPrivate: true)}},{"kty":"oct","k":"c2VjcmV0"}]}""");

            var (result, _) = Validate(BuiltInProviders.FusionAuth, ("Webhooks:fusionauth:JwksPath", good));
            Assert.True(result.Succeeded, result.FailureMessage);

            var failed = FusionAuth(("Webhooks:fusionauth:JwksPath", bad));
            Assert.True(failed.Failed);
            Assert.Contains("same kid", failed.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Key #3 of the JWKS file of webhook provider 'fusionauth' is not usable: it is a private key", failed.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Key #4", failed.FailureMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(B64(p.D!), failed.FailureMessage, StringComparison.Ordinal);

            Assert.True(FusionAuth(("Webhooks:fusionauth:JwksPath", good + ".missing")).Failed);
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Theory]
    [InlineData("https://auth.example.com/.well-known/jwks.json")]
    [InlineData("http://127.0.0.1:9011/.well-known/jwks.json")]
    [InlineData("http://localhost:9011/.well-known/jwks.json")]
    [InlineData("http://[::1]:9011/.well-known/jwks.json")]
    public void FusionAuth_jwks_url_over_https_or_to_a_loopback_host_is_a_key(string url)
    {
        var (result, options) = Validate(BuiltInProviders.FusionAuth, ("Webhooks:fusionauth:JwksUrl", url));

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(url, options.JwksUrl);
    }

    [Theory]
    [InlineData("jwks.json", "must be an absolute https URL")]
    [InlineData("ftp://auth.example.com/jwks.json", "must be an absolute https URL")]
    [InlineData("https://user:password@auth.example.com/jwks.json", "must be an absolute https URL without credentials")]
    [InlineData("http://auth.example.com/.well-known/jwks.json", "must use https")]
    [InlineData("http://10.0.0.5/.well-known/jwks.json", "must use https")]
    public void FusionAuth_jwks_url_that_is_not_https_to_a_remote_host_fails_naming_the_key(string url, string problem)
    {
        var result = FusionAuth(("Webhooks:fusionauth:JwksUrl", url));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:fusionauth:JwksUrl " + problem, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("password", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FusionAuth_jwks_url_needs_a_public_key_algorithm_and_no_jwks_file()
    {
        var hmacOnly = FusionAuth(("Webhooks:fusionauth:JwksUrl", "https://auth.example.com/.well-known/jwks.json"), ("Webhooks:fusionauth:Algorithms:0", "HS256"));
        var both = FusionAuth(("Webhooks:fusionauth:JwksUrl", "https://auth.example.com/.well-known/jwks.json"), ("Webhooks:fusionauth:JwksPath", "/etc/jwks.json"));

        Assert.Contains("none of the allowed algorithms (Webhooks:fusionauth:Algorithms) takes a public key", hmacOnly.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("JwksPath and Webhooks:fusionauth:JwksUrl are both set", both.FailureMessage, StringComparison.Ordinal);
    }

    // SendGrid's one P-256 key is its PublicKey: a JWKS beside it would be ignored, and alone would refuse every delivery.
    [Theory]
    [InlineData("JwksUrl", "https://auth.example.com/.well-known/jwks.json")]
    [InlineData("JwksPath", "/etc/jwks.json")]
    public void SendGrid_jwks_setting_fails_naming_the_key(string key, string value)
    {
        var alone = SendGrid(("Webhooks:sendgrid:" + key, value));
        var besideAKey = SendGrid(("Webhooks:sendgrid:PublicKey", P256.PublicKeyBase64), ("Webhooks:sendgrid:" + key, value));

        Assert.True(alone.Failed);
        Assert.True(besideAKey.Failed);
        Assert.Contains($"Webhooks:sendgrid:{key} is set, but webhook provider 'sendgrid' is not checked with JWTs", besideAKey.FailureMessage, StringComparison.Ordinal);
    }

    private static string B64(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static string PemBody(string pem) => string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
}
