using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Inbox.Storage;

namespace Webhooks.Dashboard.Tests;

public sealed class DeliveriesApiTests
{
    private const string Api = "/webhooks/dashboard/api";

    [Fact]
    public async Task Lists_deliveries_newest_first_with_lower_case_statuses_and_UTC_times()
    {
        await using var server = await DashboardServer.StartAsync();
        var deadId = await server.DeadLetter("list-dead");
        (await server.SendOpenAI("list-ok")).Dispose();
        var ok = await server.WaitFor("list-ok", InboxStatus.Processed);

        var (status, json) = await server.GetJson($"{Api}/deliveries?provider=openai");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([ok.Id, deadId], items.Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("next").ValueKind);
        var dead = items[1];
        Assert.Equal(
            ["id", "provider", "deliveryId", "handler", "eventType", "status", "attempts", "receivedAt", "dueAt", "processedAt", "lastError"],
            dead.EnumerateObject().Select(p => p.Name));
        Assert.Equal("dead", dead.GetProperty("status").GetString());
        Assert.Equal("msg_list-dead", dead.GetProperty("deliveryId").GetString());
        Assert.Equal("batch.completed", dead.GetProperty("eventType").GetString());
        Assert.Equal(2, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("list-dead failed on purpose", dead.GetProperty("lastError").GetString());
        Assert.EndsWith("Z", dead.GetProperty("receivedAt").GetString());
        Assert.Equal("processed", items[0].GetProperty("status").GetString());
        Assert.EndsWith("Z", items[0].GetProperty("processedAt").GetString());
    }

    [Fact]
    public async Task Filters_by_provider_event_type_status_and_receipt_time()
    {
        await using var server = await DashboardServer.StartAsync();
        var deadId = await server.DeadLetter("filter-dead");
        (await server.SendOpenAI("filter-ok")).Dispose();
        var ok = await server.WaitFor("filter-ok", InboxStatus.Processed);
        (await server.SendStripe("evt_filter")).Dispose();
        await DashboardServer.WaitUntil(async () => (await server.Inbox.ListAsync(new InboxFilter { Provider = "stripe", Status = InboxStatus.Processed })).Count == 1, "the Stripe delivery is processed");

        async Task<long[]> Ids(string query)
        {
            var (status, json) = await server.GetJson($"{Api}/deliveries?{query}");
            Assert.Equal(HttpStatusCode.OK, status);
            return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToArray();
        }

        Assert.Equal(3, (await Ids("")).Length);
        Assert.Equal([deadId], await Ids("status=dead"));
        Assert.Equal([deadId], await Ids("provider=openai&status=DEAD"));
        Assert.Single(await Ids("provider=stripe"));
        Assert.Single(await Ids("eventType=invoice.paid"));
        Assert.Equal([ok.Id, deadId], await Ids("provider=openai&eventType=batch.completed&status="));

        // The store keeps receipt times to the millisecond.
        var dead = await server.Inbox.GetAsync(deadId);
        var at = Uri.EscapeDataString(dead!.ReceivedAt.UtcDateTime.ToString("O"));
        var after = Uri.EscapeDataString(dead.ReceivedAt.AddMilliseconds(1).UtcDateTime.ToString("O"));
        Assert.Equal([deadId], await Ids($"provider=openai&to={after}&from={at}"));
        Assert.DoesNotContain(deadId, await Ids($"from={after}"));
        Assert.Empty(await Ids($"to={at}"));
    }

    [Fact]
    public async Task Pages_with_before_and_next_until_the_last_page()
    {
        await using var server = await DashboardServer.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            (await server.SendOpenAI($"page-{i}")).Dispose();
        }

        await DashboardServer.WaitUntil(async () => (await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processed })).Count == 5, "all five are processed");
        var all = (await server.Inbox.ListAsync()).Select(d => d.Id).ToArray();

        var seen = new List<long>();
        var pages = new List<int>();
        string query = "limit=2";
        while (true)
        {
            var (status, json) = await server.GetJson($"{Api}/deliveries?{query}");
            Assert.Equal(HttpStatusCode.OK, status);
            var ids = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
            seen.AddRange(ids);
            pages.Add(ids.Count);
            if (json.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                break;
            }

            Assert.Equal(ids[^1], json.GetProperty("next").GetInt64());
            query = $"limit=2&before={json.GetProperty("next").GetInt64()}";
        }

        Assert.Equal(all, seen);
        Assert.Equal([2, 2, 1], pages);
        var (_, defaultPage) = await server.GetJson($"{Api}/deliveries");
        Assert.Equal(5, defaultPage.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=501", "limit must be between 1 and 500")]
    [InlineData("limit=0", "limit must be between 1 and 500")]
    [InlineData("limit=ten", "limit must be between 1 and 500")]
    [InlineData("status=failed", "status must be one of pending, processing, processed, dead")]
    [InlineData("from=yesterday", "from must be an ISO 8601 time")]
    [InlineData("before=-3", "before must be a delivery id")]
    public async Task Refuses_a_query_it_cant_read_saying_what_is_wrong(string query, string message)
    {
        await using var server = await DashboardServer.StartAsync();

        var (status, json) = await server.GetJson($"{Api}/deliveries?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Shows_a_deliverys_headers_body_and_every_attempt_but_no_credentials()
    {
        await using var server = await DashboardServer.StartAsync();
        server.Switches.Failing["detail"] = "";
        using (var request = new Webhooks.Testing.WebhookSigner("openai", DashboardServer.OpenAISecret).CreateRequest(
            "/webhooks/openai", """{"id":"evt_detail","object":"event","created_at":1719168000,"type":"batch.completed","data":{"id":"detail"}}""", webhookId: "msg_detail"))
        {
            request.Headers.Add("Authorization", "Bearer s3cret-token");
            request.Headers.Add("Cookie", "session=s3cret-cookie");
            request.Headers.Add("X-Custom", ["one", "two"]);
            (await server.Client.SendAsync(request)).Dispose();
        }

        var dead = await server.WaitFor("detail", InboxStatus.Dead);

        var (status, json) = await server.GetJson($"{Api}/deliveries/{dead.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(dead.Id, json.GetProperty("id").GetInt64());
        Assert.Equal("dead", json.GetProperty("status").GetString());
        Assert.Equal("""{"id":"evt_detail","object":"event","created_at":1719168000,"type":"batch.completed","data":{"id":"detail"}}""", json.GetProperty("body").GetString());
        Assert.False(json.TryGetProperty("bodyBase64", out _));
        Assert.EndsWith("Z", json.GetProperty("signedAt").GetString());
        Assert.True(json.TryGetProperty("traceParent", out _));

        var headers = json.GetProperty("headers").EnumerateObject().ToDictionary(h => h.Name, h => h.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("msg_detail", Assert.Single(headers["webhook-id"]));
        Assert.True(headers.ContainsKey("webhook-signature"));
        Assert.Equal(["one", "two"], headers["X-Custom"].SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
        Assert.False(headers.ContainsKey("Authorization"));
        Assert.False(headers.ContainsKey("Cookie"));
        Assert.DoesNotContain("s3cret", json.GetRawText());

        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([1, 2], history.Select(a => a.GetProperty("attempt").GetInt32()));
        Assert.Equal(["pending", "dead"], history.Select(a => a.GetProperty("outcome").GetString()));
        Assert.All(history, a => Assert.Contains("detail failed on purpose", a.GetProperty("error").GetString()));
        Assert.All(history, a => Assert.EndsWith("Z", a.GetProperty("endedAt").GetString()));
    }

    [Fact]
    public async Task Gives_a_body_that_is_not_UTF8_as_base64()
    {
        await using var server = await DashboardServer.StartAsync();
        byte[] body = [0x7B, 0xFF, 0xFE, 0x7D];
        var store = server.Services.GetRequiredService<IWebhookInboxStore>();
        await store.AddAsync([new InboxEntry("binary", "bin-1", "Nobody", "x", Encoding.UTF8.GetBytes("Content-Type:application/octet-stream\n"), body, null, DateTimeOffset.UtcNow, null)], default);
        var stored = Assert.Single(await server.Inbox.ListAsync(new InboxFilter { Provider = "binary" }));

        var (status, json) = await server.GetJson($"{Api}/deliveries/{stored.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Convert.ToBase64String(body), json.GetProperty("bodyBase64").GetString());
        Assert.False(json.TryGetProperty("body", out _));
        Assert.Equal("application/octet-stream", Assert.Single(json.GetProperty("headers").GetProperty("Content-Type").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Answers_404_for_a_delivery_that_does_not_exist()
    {
        await using var server = await DashboardServer.StartAsync();

        var (status, json) = await server.GetJson($"{Api}/deliveries/424242");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("There is no delivery 424242.", json.GetProperty("error").GetString());
    }
}
