using System.Net;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests;

/// <summary>
/// SendGrid over Kestrel: a batch signed with the private key runs the batch handler once for all its events; an
/// exact replay is dropped; another key, a changed body, a missing header or a stale timestamp answer 401. FusionAuth's
/// RS256 tokens, checked with the configured public key, run here too.
/// </summary>
public sealed class SendGridEndToEndTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private HttpRequestMessage Batch(string id, string? privateKey = null, TimeProvider? clock = null) =>
        new WebhookSigner(server.Services, "sendgrid", privateKey ?? WebhookServer.SendGridKeys.PrivateKey, clock ?? server.Clock).CreateRequest(
            "/webhooks/sendgrid",
            $$"""[{"event":"processed","sg_event_id":"p_{{id}}","email":"a@example.com","timestamp":1700000000},{"event":"delivered","sg_event_id":"d_{{id}}","email":"a@example.com","timestamp":1700000001}]""");

    private int Recorded(string id) => server.Log.CountWhere(entry => entry.StartsWith("sendgrid:", StringComparison.Ordinal) && entry.Contains(id, StringComparison.Ordinal));

    [Fact]
    public async Task A_signed_batch_runs_its_handler_once_for_every_event_and_an_exact_replay_is_dropped()
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = Batch(id);
        var body = await request.Content!.ReadAsByteArrayAsync();
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sendgrid") { Content = new ByteArrayContent(body) };
        replay.Content.Headers.ContentType = request.Content.Headers.ContentType;
        foreach (var (name, values) in request.Headers)
        {
            replay.Headers.TryAddWithoutValidation(name, values);
        }

        using var first = await server.Client.SendAsync(request);
        using var again = await server.Client.SendAsync(replay);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, server.Log.CountWhere(entry => entry == $"sendgrid:processed:p_{id}"));
        Assert.Equal(1, server.Log.CountWhere(entry => entry == $"sendgrid:delivered:d_{id}"));
    }

    [Fact]
    public async Task A_batch_signed_with_another_key_answers_401()
    {
        var id = Guid.NewGuid().ToString("N");

        using var response = await server.Client.SendAsync(Batch(id, WebhookKeyPair.CreateEcdsa().PrivateKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Recorded(id));
    }

    [Fact]
    public async Task A_changed_body_a_missing_header_or_a_stale_timestamp_answers_401()
    {
        var id = Guid.NewGuid().ToString("N");
        using var changed = Batch(id);
        changed.Content = new ByteArrayContent([.. await changed.Content!.ReadAsByteArrayAsync(), (byte)' ']);
        using var unsigned = Batch(id);
        unsigned.Headers.Remove("X-Twilio-Email-Event-Webhook-Timestamp");
        using var stale = Batch(id, clock: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(server.Clock.GetUtcNow().AddMinutes(-6)));

        foreach (var request in new[] { changed, unsigned, stale })
        {
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(0, Recorded(id));
    }

    [Fact]
    public async Task A_fusionauth_token_signed_with_the_rsa_key_runs_its_handler()
    {
        var id = Guid.NewGuid().ToString("N");
        var signer = new WebhookSigner(server.Services, "fusionauth", WebhookServer.FusionAuthKeys.PrivateKey, server.Clock);

        using var response = await server.Client.SendAsync(signer.CreateRequest(
            "/webhooks/fusionauth", $$$$"""{"event":{"type":"user.create","id":"{{{{id}}}}","user":{"id":"u1","email":"a@example.com"}}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.CountWhere(entry => entry == $"fusionauth:user.create:{id}"));
    }
}
