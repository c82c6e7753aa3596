using System.Net;

namespace Webhooks.Dashboard.Tests;

public sealed class PurgeApiTests
{
    private const string Api = "/webhooks/dashboard/api";

    [Fact]
    public async Task Purges_the_deliveries_that_match_and_leaves_the_others()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.DeadLetter("purge-1");
        await server.DeadLetter("purge-2");
        (await server.SendOpenAI("purge-keep")).Dispose();
        var kept = await server.WaitFor("purge-keep", InboxStatus.Processed);

        var (status, json) = await server.PostJson($"{Api}/purge", """{"provider":"openai","status":"dead"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"purged":2}""", json.GetRawText());
        var left = await server.Inbox.ListAsync();
        Assert.Equal([kept.Id], left.Select(d => d.Id));
    }

    [Theory]
    [InlineData("{}", "purge needs at least a status")]
    [InlineData("""{"provider":"openai"}""", "purge needs at least a status")]
    [InlineData("""{"provider":"openai","status":""}""", "purge needs at least a status")]
    [InlineData("""{"status":"dead","max":5}""", "purge takes no max")]
    [InlineData("""{"satus":"dead"}""", "The body is not a filter")]
    [InlineData("""{"status":"dead","to":"soon"}""", "to must be an ISO 8601 time")]
    public async Task Refuses_a_purge_without_a_status_or_that_it_cant_read_and_deletes_nothing(string body, string message)
    {
        await using var server = await DashboardServer.StartAsync();
        await server.DeadLetter("purge-slip");
        (await server.SendOpenAI("purge-slip-ok")).Dispose();
        await server.WaitFor("purge-slip-ok", InboxStatus.Processed);

        var (status, json) = await server.PostJson($"{Api}/purge", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json.GetProperty("error").GetString());
        Assert.Equal(2, (await server.Inbox.ListAsync()).Count);
    }
}
