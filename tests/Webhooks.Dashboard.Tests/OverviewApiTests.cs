using System.Net;
using System.Text.Json;

namespace Webhooks.Dashboard.Tests;

public sealed class OverviewApiTests
{
    [Fact]
    public async Task Counts_each_providers_deliveries_by_status_and_the_rejections_by_reason()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.DeadLetter("ov-dead");
        (await server.SendOpenAI("ov-ok")).Dispose();
        (await server.SendStripe("evt_ov_1")).Dispose();
        await server.WaitFor("ov-ok", InboxStatus.Processed);
        await DashboardServer.WaitUntil(async () => (await server.Inbox.CountAsync()).Any(c => c.Provider == "stripe" && c.Status == InboxStatus.Processed), "the Stripe delivery is processed");

        for (var i = 0; i < 3; i++)
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, "/webhooks/openai") { Content = new StringContent("{}") };
            forged.Headers.Add("webhook-id", "msg_forged");
            forged.Headers.Add("webhook-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString());
            forged.Headers.Add("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
            using var rejected = await server.Client.SendAsync(forged);
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        var (status, json) = await server.GetJson("/webhooks/dashboard/api/overview");

        Assert.Equal(HttpStatusCode.OK, status);
        var providers = json.GetProperty("providers").EnumerateArray().ToDictionary(p => p.GetProperty("provider").GetString()!);
        Assert.Equal(["openai", "stripe"], providers.Keys.Order());
        var openai = providers["openai"];
        Assert.Equal(["provider", "pending", "processing", "processed", "dead", "oldestPendingAt"], openai.EnumerateObject().Select(p => p.Name));
        Assert.Equal((0, 0, 1, 1), (openai.GetProperty("pending").GetInt64(), openai.GetProperty("processing").GetInt64(), openai.GetProperty("processed").GetInt64(), openai.GetProperty("dead").GetInt64()));
        Assert.Equal(JsonValueKind.Null, openai.GetProperty("oldestPendingAt").ValueKind);
        Assert.Equal(1, providers["stripe"].GetProperty("processed").GetInt64());
        Assert.Equal(0, providers["stripe"].GetProperty("dead").GetInt64());

        var rejection = Assert.Single(json.GetProperty("rejections").EnumerateArray());
        Assert.Equal("openai", rejection.GetProperty("provider").GetString());
        Assert.Equal("invalid_signature", rejection.GetProperty("reason").GetString());
        Assert.Equal(3, rejection.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Gives_the_receipt_time_of_the_oldest_pending_delivery_in_UTC()
    {
        // The retry waits up to a day: the failed delivery stays pending while the test looks.
        await using var server = await DashboardServer.StartAsync(settings: new() { ["Webhooks:Inbox:RetrySchedule:0"] = "86400" });
        server.Switches.Failing["ov-pending"] = "";
        (await server.SendOpenAI("ov-pending")).Dispose();
        var pending = await server.WaitFor("ov-pending", InboxStatus.Pending, minAttempts: 1);

        var (_, json) = await server.GetJson("/webhooks/dashboard/api/overview");

        var openai = json.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == "openai");
        Assert.Equal(1, openai.GetProperty("pending").GetInt64());
        var oldest = openai.GetProperty("oldestPendingAt").GetString()!;
        Assert.EndsWith("Z", oldest);
        Assert.Equal(pending.ReceivedAt, DateTimeOffset.Parse(oldest));
    }
}
