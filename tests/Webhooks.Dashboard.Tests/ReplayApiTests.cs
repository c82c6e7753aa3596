using System.Net;

namespace Webhooks.Dashboard.Tests;

public sealed class ReplayApiTests
{
    private const string Api = "/webhooks/dashboard/api";

    [Fact]
    public async Task Replaying_a_dead_letter_processes_it_again()
    {
        await using var server = await DashboardServer.StartAsync();
        var id = await server.DeadLetter("replay-one");
        server.Switches.Failing.TryRemove("replay-one", out _);

        var (status, json) = await server.PostJson($"{Api}/deliveries/{id}/replay");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"replayed":true}""", json.GetRawText());
        var processed = await server.WaitFor("replay-one", InboxStatus.Processed);
        Assert.Equal(id, processed.Id);
        Assert.Equal(1, processed.Attempts);
        Assert.Contains("replay-one", server.Switches.Processed);
    }

    [Fact]
    public async Task Replaying_a_delivery_that_does_not_exist_is_404()
    {
        await using var server = await DashboardServer.StartAsync();

        var (status, json) = await server.PostJson($"{Api}/deliveries/999999/replay");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("There is no delivery 999999.", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Replaying_a_delivery_being_processed_is_409()
    {
        await using var server = await DashboardServer.StartAsync();
        var gate = server.Switches.Gates["replay-busy"] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = server.Switches.Entered.GetOrAdd("replay-busy", _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        (await server.SendOpenAI("replay-busy")).Dispose();
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var busy = await server.WaitFor("replay-busy", InboxStatus.Processing);

        var (status, json) = await server.PostJson($"{Api}/deliveries/{busy.Id}/replay");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("being processed", json.GetProperty("error").GetString());
        gate.SetResult();
        var processed = await server.WaitFor("replay-busy", InboxStatus.Processed);
        Assert.Equal(1, processed.Attempts);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("{}", "text/plain")]
    [InlineData("status=dead&max=10", "application/x-www-form-urlencoded")]
    [InlineData("{}", "multipart/form-data; boundary=x")]
    public async Task A_post_that_is_not_JSON_is_refused_so_a_cross_site_form_cant_replay_or_purge(string? body, string? contentType)
    {
        await using var server = await DashboardServer.StartAsync();
        var id = await server.DeadLetter("csrf");

        foreach (var path in new[] { $"{Api}/deliveries/{id}/replay", $"{Api}/replay", $"{Api}/purge" })
        {
            var (status, _) = await server.PostJson(path, body, contentType ?? "application/json");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        }

        var still = await server.Inbox.GetAsync(id);
        Assert.Equal(InboxStatus.Dead, still!.Status);
        Assert.Equal(2, still.Attempts);
    }

    [Fact]
    public async Task Replays_a_filtered_selection_up_to_max()
    {
        await using var server = await DashboardServer.StartAsync();
        foreach (var name in new[] { "bulk-1", "bulk-2", "bulk-3" })
        {
            await server.DeadLetter(name);
        }

        (await server.SendOpenAI("bulk-ok")).Dispose();
        await server.WaitFor("bulk-ok", InboxStatus.Processed);
        server.Switches.Failing.Clear();

        var (status, json) = await server.PostJson($"{Api}/replay", """{"provider":"openai","status":"dead","max":2}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"replayed":2}""", json.GetRawText());
        await DashboardServer.WaitUntil(async () => (await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processed })).Count == 3, "the two replayed are processed");
        Assert.Single(await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Dead }));

        var (_, rest) = await server.PostJson($"{Api}/replay", """{"status":"dead","max":1000}""");
        Assert.Equal(1, rest.GetProperty("replayed").GetInt32());
        await DashboardServer.WaitUntil(async () => (await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processed })).Count == 4, "every delivery is processed");
        Assert.Equal(["bulk-1", "bulk-2", "bulk-3", "bulk-ok"], server.Switches.Processed.Order());
    }

    [Theory]
    [InlineData("""{"status":"dead"}""", "max is required")]
    [InlineData("""{"status":"dead","max":0}""", "max is required")]
    [InlineData("""{"status":"dead","max":100001}""", "from 1 to 100000")]
    [InlineData("""{"status":"gone","max":5}""", "status must be one of")]
    [InlineData("""{"stauts":"dead","max":5}""", "The body is not a filter")]
    [InlineData("""[1,2]""", "The body is not a filter")]
    [InlineData("null", "The body must be a JSON object")]
    public async Task Refuses_a_bulk_replay_it_cant_read(string body, string message)
    {
        await using var server = await DashboardServer.StartAsync();
        await server.DeadLetter("bulk-bad");

        var (status, json) = await server.PostJson($"{Api}/replay", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json.GetProperty("error").GetString());
        Assert.Single(await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Dead }));
    }
}
