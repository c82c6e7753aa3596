using System.Net;
using Webhooks.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>Inline providers dedupe through the storage: across restarts and across instances on one database.</summary>
public sealed class InlineDedupeTests
{
    [Fact]
    public async Task A_redelivery_to_another_instance_or_after_a_restart_is_not_handled_again()
    {
        var folder = InboxServer.NewFolder();
        var log = new HandlerLog();
        var signer = new WebhookSigner("github", InboxServer.GitHubSecret);
        HttpRequestMessage Ping() => signer.CreateRequest("/webhooks/github", """{"zen":"Design for failure."}""", webhookId: "gh-dedupe", eventType: "ping");

        await using (var a = await InboxServer.StartAsync(folder, log))
        await using (var b = await InboxServer.StartAsync(folder, log))
        {
            using var first = await a.Client.SendAsync(Ping());
            using var second = await b.Client.SendAsync(Ping());

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(1, log.Runs("gh-dedupe"));
        }

        await using var restarted = await InboxServer.StartAsync(folder, log);
        using var third = await restarted.Client.SendAsync(Ping());

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(1, log.Runs("gh-dedupe"));
        Assert.Empty(await restarted.Inbox.ListAsync()); // an inline dedupe key is not a queued delivery
    }
}
