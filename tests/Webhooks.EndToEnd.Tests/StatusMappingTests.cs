using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests;

/// <summary>Every status of the receive pipeline, over HTTP, with the handler's side effect observed.</summary>
public sealed class StatusMappingTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private const string Path = "/webhooks/openai";

    private static string Event(string type, string dataId) =>
        $$$"""{"id":"evt_{{{dataId}}}","object":"event","created_at":1719168000,"type":"{{{type}}}","data":{"id":"{{{dataId}}}"}}""";

    private static string NewId() => "batch_" + Guid.NewGuid().ToString("N");

    private WebhookSigner Signer(TimeProvider? clock = null) => new("openai", WebhookServer.Secret, clock ?? server.Clock);

    private Task<HttpResponseMessage> Send(string body, string? webhookId = null, TimeProvider? clock = null) =>
        server.Client.SendAsync(Signer(clock).CreateRequest(Path, body, webhookId));

    [Fact]
    public async Task A_valid_delivery_runs_its_handler_once_and_answers_200()
    {
        var id = NewId();

        using var response = await Send(Event("batch.completed", id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task The_handler_sees_the_delivery_context()
    {
        var id = NewId();
        var body = Event("fine_tuning.job.failed", id);

        using var response = await Send(body, webhookId: "msg_" + id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Count($"fine_tuning.job.failed:{id}:{Encoding.UTF8.GetByteCount(body)}"));
        var context = server.Log.Contexts[id];
        Assert.Equal("openai", context.Provider);
        Assert.Equal("msg_" + id, context.WebhookId);
        Assert.Equal(server.Clock.GetUtcNow().ToUnixTimeSeconds(), context.Timestamp?.ToUnixTimeSeconds());
        Assert.Equal("fine_tuning.job.failed", context.EventType);
    }

    [Fact]
    public async Task An_event_without_a_handler_answers_200_and_runs_nothing()
    {
        var id = NewId();

        using var response = await Send(Event("batch.expired", id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.expired:{id}"));
    }

    [Fact]
    public async Task A_redelivered_webhook_id_answers_200_without_running_the_handler_again()
    {
        var id = NewId();
        var body = Event("batch.completed", id);

        using var first = await Send(body, webhookId: "msg_" + id);
        using var second = await Send(body, webhookId: "msg_" + id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_missing_signature_answers_401()
    {
        var id = NewId();
        using var request = Signer().CreateRequest(Path, Event("batch.completed", id));
        request.Headers.Remove("webhook-signature");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_signature_from_another_secret_answers_401()
    {
        var id = NewId();
        var impostor = new WebhookSigner("openai", "whsec_" + Convert.ToBase64String(new byte[32]), server.Clock);

        using var response = await server.Client.SendAsync(impostor.CreateRequest(Path, Event("batch.completed", id)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_body_changed_after_signing_answers_401()
    {
        var id = NewId();
        using var request = Signer().CreateRequest(Path, Event("batch.completed", id));
        request.Content = new StringContent(Event("batch.completed", id).Replace("1719168000", "1719168001"), Encoding.UTF8, "application/json");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_outside_the_tolerance_answers_401(int offsetSeconds)
    {
        var id = NewId();
        var senderClock = new FakeTimeProvider(server.Clock.GetUtcNow().AddSeconds(offsetSeconds));

        using var response = await Send(Event("batch.completed", id), clock: senderClock);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public async Task A_timestamp_inside_the_tolerance_is_accepted(int offsetSeconds)
    {
        var id = NewId();
        var senderClock = new FakeTimeProvider(server.Clock.GetUtcNow().AddSeconds(offsetSeconds));

        using var response = await Send(Event("batch.completed", id), clock: senderClock);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Count($"batch.completed:{id}"));
    }

    [Theory]
    [InlineData("{\"type\":\"batch.completed\",")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"object\":\"event\"}")]
    public async Task A_signed_body_that_is_not_a_usable_event_answers_400(string body)
    {
        using var response = await Send(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // The pipeline reads a JSON body only as far as its event type. The rest is checked by deserializing the payload
    // (batch.completed), by the dispatch before a raw-body handler (batch.failed) or before answering an event nobody
    // handles (batch.expired): 400 either way, nothing runs, and the claim is given up so the fixed retry is processed.
    [Theory]
    [InlineData("batch.completed", "batch.completed:{0}")]
    [InlineData("batch.failed", "batch.failed:msg_{0}:")]
    [InlineData("batch.expired", null)]
    public async Task A_body_malformed_after_its_event_type_answers_400_runs_nothing_and_its_retry_is_processed(string type, string? logEntry)
    {
        var id = NewId();
        var body = Event(type, id);
        var malformed = body[..^1] + ",}";

        using var rejected = await Send(malformed, webhookId: "msg_" + id);
        var ranOnRejected = server.Log.CountWhere(e => e.Contains(id, StringComparison.Ordinal));
        using var retried = await Send(body, webhookId: "msg_" + id);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(0, ranOnRejected);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        if (logEntry is not null)
        {
            Assert.Equal(1, server.Log.CountWhere(e => e.StartsWith(string.Format(CultureInfo.InvariantCulture, logEntry, id), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task A_payload_that_does_not_fit_the_contract_answers_400_and_runs_nothing()
    {
        var id = NewId();
        var body = $$$"""{"id":"evt_1","type":"batch.completed","created_at":"yesterday","data":{"id":"{{{id}}}"}}""";

        using var response = await Send(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var id = NewId();
        var padding = new string(' ', WebhookServer.MaxBodyBytes);

        using var response = await Send(Event("batch.completed", id) + padding);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_answers_413()
    {
        var id = NewId();
        using var request = Signer().CreateRequest(Path, Event("batch.completed", id) + new string(' ', WebhookServer.MaxBodyBytes));
        var bytes = await request.Content!.ReadAsByteArrayAsync();
        request.Content = new StreamContent(new MemoryStream(bytes)); // no Content-Length: sent chunked
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_failing_handler_answers_500_and_the_retry_of_the_same_delivery_is_processed()
    {
        var id = NewId();
        var body = Event("batch.completed", id);
        server.Log.FailNext(id);

        using var failed = await Send(body, webhookId: "msg_" + id);
        using var retried = await Send(body, webhookId: "msg_" + id);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(1, server.Log.Count($"batch.completed:{id}"));
    }

    [Fact]
    public async Task A_retry_while_the_first_attempt_is_still_running_answers_409_and_runs_nothing()
    {
        var id = NewId();
        var body = Event("batch.cancelled", id);
        var gate = server.Log.Gates[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var entered = server.Log.Entered.GetOrAdd(id, _ => new TaskCompletionSource());

        var first = Send(body, webhookId: "msg_" + id);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var concurrent = await Send(body, webhookId: "msg_" + id);
        gate.SetResult();
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.Conflict, concurrent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(1, server.Log.Count($"batch.cancelled:{id}"));
    }

    [Fact]
    public async Task Only_POST_is_mapped()
    {
        using var response = await server.Client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
