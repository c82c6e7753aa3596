using System.Net;
using System.Text;
using Webhooks.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>What a queued provider answers, and what it stores.</summary>
public sealed class QueuedReceiveTests
{
    [Fact]
    public async Task A_signed_delivery_is_answered_200_stored_then_handled_in_the_background()
    {
        await using var server = await InboxServer.StartAsync();

        using var response = await server.SendOpenAI("batch.completed", "b1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxServer.WaitUntil(() => server.Log.Runs("b1") == 1, "the handler ran");
        await InboxServer.WaitUntil(async () => (await server.Find("msg_b1"))?.Status == InboxStatus.Processed, "the row is processed");
        var row = (await server.Find("msg_b1"))!;
        Assert.Equal(1, row.Attempts);
        Assert.Equal("batch.completed", row.EventType);
        Assert.Equal(typeof(QueuedOpenAIWebhooks).FullName, row.Handler);
        Assert.Equal([1], server.Log.Attempts("b1"));
    }

    [Fact]
    public async Task The_handler_sees_the_delivery_as_it_was_received_without_credentials()
    {
        await using var server = await InboxServer.StartAsync();
        var request = new WebhookSigner("openai", InboxServer.OpenAISecret).CreateRequest(
            "/webhooks/openai", InboxServer.OpenAIBody("batch.completed", "ctx"), webhookId: "msg_ctx");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "app-token");
        var signature = request.Headers.GetValues("webhook-signature").Single();

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxServer.WaitUntil(() => server.Log.Seen.ContainsKey("ctx"), "the handler ran");
        var seen = server.Log.Seen["ctx"];
        Assert.Equal("msg_ctx", seen.WebhookId);
        Assert.Equal(signature, seen.Signature);
        Assert.False(seen.HasAuthorization);
        Assert.Equal(InboxServer.OpenAIBody("batch.completed", "ctx"), seen.Body);
        var stored = (await server.Inbox.GetAsync((await server.Find("msg_ctx"))!.Id))!;
        Assert.DoesNotContain("app-token", Encoding.UTF8.GetString(stored.Headers));
        Assert.Equal(signature, WebhookInbox.HeadersOf(stored)["webhook-signature"].Single());
    }

    [Fact]
    public async Task A_redelivery_is_answered_200_and_neither_stored_nor_handled_again()
    {
        await using var server = await InboxServer.StartAsync();
        using (var first = await server.SendOpenAI("batch.completed", "dup"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await InboxServer.WaitUntil(() => server.Log.Runs("dup") == 1, "the handler ran");

        using var again = await server.SendOpenAI("batch.completed", "dup");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Task.Delay(300); // a second run would have started by now
        Assert.Equal(1, server.Log.Runs("dup"));
        Assert.Single(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task Concurrent_redeliveries_of_one_id_are_stored_once()
    {
        await using var server = await InboxServer.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => server.SendOpenAI("batch.completed", "same")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await InboxServer.WaitUntil(() => server.Log.Runs("same") == 1, "the handler ran");
        await Task.Delay(300);
        Assert.Equal(1, server.Log.Runs("same"));
        Assert.Single(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task An_event_no_handler_takes_is_answered_200_and_not_stored()
    {
        await using var server = await InboxServer.StartAsync();

        using var response = await server.SendOpenAI("eval.run.succeeded", "nobody");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task A_body_malformed_after_its_event_type_is_answered_400_and_not_stored()
    {
        await using var server = await InboxServer.StartAsync();
        // The event type reads fine; the body breaks after it, which only the whole-body check before storing sees.
        var body = """{"type":"batch.completed","data":{"id":"bad"},"x":[1,2""";

        using var response = await server.Client.SendAsync(new WebhookSigner("openai", InboxServer.OpenAISecret).CreateRequest("/webhooks/openai", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task A_delivery_id_holding_a_NUL_character_is_answered_400_and_not_stored()
    {
        // Stripe's id is read from the body, where JSON can escape a NUL; no database text column takes one.
        await using var server = await InboxServer.StartAsync();
        var body = """{"id":"evt_\u0000x","object":"event","type":"invoice.paid","data":{"object":{"id":"in_1"}}}""";

        using var response = await server.Client.SendAsync(new WebhookSigner("stripe", InboxServer.StripeSecret).CreateRequest("/webhooks/stripe", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task A_bad_signature_is_answered_401_and_not_stored()
    {
        await using var server = await InboxServer.StartAsync();
        var impostor = new WebhookSigner("openai", "whsec_" + Convert.ToBase64String(new byte[32]));

        using var response = await server.Client.SendAsync(impostor.CreateRequest("/webhooks/openai", InboxServer.OpenAIBody("batch.completed", "x")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await server.Inbox.ListAsync());
    }

    [Fact]
    public async Task Configuration_makes_an_inline_class_queued()
    {
        await using var server = await InboxServer.StartAsync(settings: new() { ["Webhooks:github:Processing"] = "queued" });
        var signer = new WebhookSigner("github", InboxServer.GitHubSecret);

        using var response = await server.Client.SendAsync(signer.CreateRequest("/webhooks/github", """{"zen":"Keep it simple."}""", webhookId: "gh-1", eventType: "ping"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxServer.WaitUntil(() => server.Log.Runs("gh-1") == 1, "the handler ran");
        var row = Assert.Single(await server.Inbox.ListAsync(new InboxFilter { Provider = "github" }));
        Assert.Equal("gh-1", row.DeliveryId);
    }

    [Fact]
    public async Task Configuration_makes_a_queued_class_inline()
    {
        await using var server = await InboxServer.StartAsync(settings: new() { ["Webhooks:openai:Processing"] = "Inline" });

        using var response = await server.SendOpenAI("batch.completed", "inline");

        // Inline: the handler has run when the answer comes, and nothing is queued (the dedupe key is not a queued row).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, server.Log.Runs("inline"));
        Assert.Empty(await server.Inbox.ListAsync());
    }
}
