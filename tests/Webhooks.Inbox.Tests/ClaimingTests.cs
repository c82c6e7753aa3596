using System.Net;

namespace Webhooks.Inbox.Tests;

/// <summary>How many deliveries a claim takes: several per free worker while a backlog lasts, never more than can start.</summary>
public sealed class ClaimingTests
{
    private const int Backlog = 40;

    [Fact]
    public async Task A_backlog_is_claimed_several_deliveries_per_free_worker()
    {
        var folder = InboxServer.NewFolder();
        await StoreBacklogAsync(folder);

        FailingStore? store = null;
        var log = new HandlerLog();
        await using var server = await InboxServer.StartAsync(folder, log, Workers(2), storage: w => FailingStore.OverSqlite(w, s => store = s));
        await InboxServer.WaitUntil(() => Enumerable.Range(0, Backlog).All(i => log.Runs($"b{i}") == 1), "the backlog was processed");

        var claims = store!.Claims.Where(c => c.Got > 0).ToList();
        Assert.Contains(claims, c => c.Asked == 2 * InboxProcessor.ClaimsPerFreeWorker);
        Assert.True(claims.Count <= Backlog / 4, $"{claims.Count} claims for {Backlog} deliveries: {string.Join(", ", claims)}");
    }

    [Fact]
    public async Task Busy_workers_claim_nothing_ahead()
    {
        var log = new HandlerLog();
        foreach (var i in Enumerable.Range(0, 10))
        {
            log.Gates[$"slow{i}"] = new TaskCompletionSource();
        }

        await using var server = await InboxServer.StartAsync(log: log, settings: Workers(2));
        foreach (var i in Enumerable.Range(0, 10))
        {
            using var response = await server.SendOpenAI("batch.cancelled", $"slow{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await InboxServer.WaitUntil(() => log.Entered.Count == 2, "both workers run a slow handler");
        await Task.Delay(300); // several polls

        // Two held (one per worker); the other eight stay claimable by another instance.
        var held = await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processing }, limit: 100);
        Assert.Equal(2, held.Count);
        foreach (var gate in log.Gates.Values)
        {
            gate.TrySetResult();
        }

        await InboxServer.WaitUntil(() => log.TotalRuns == 10, "all ten ran");
    }

    [Fact]
    public async Task A_graceful_stop_gives_back_what_was_claimed_ahead_without_counting_an_attempt()
    {
        var folder = InboxServer.NewFolder();
        await StoreBacklogAsync(folder);

        // One worker: the first claim takes one delivery, which fills it, so the next claim (of a backlog) takes four; the
        // first of those blocks the worker, and the other three wait for it when the stop comes.
        var log = new HandlerLog();
        log.Gates["b1"] = new TaskCompletionSource();
        var server = await InboxServer.StartAsync(folder, log, Workers(1), shutdownTimeout: TimeSpan.FromMilliseconds(300));
        await log.Entered.GetOrAdd("b1", _ => new TaskCompletionSource()).Task.WaitAsync(TimeSpan.FromSeconds(15));
        await server.StopAsync();
        var rows = (await server.Inbox.ListAsync(new InboxFilter { Provider = "openai" }, limit: 100)).ToDictionary(r => r.DeliveryId);
        await server.DisposeAsync();

        Assert.Equal(1, log.Runs("b0"));
        Assert.Equal(InboxStatus.Processed, rows["msg_b0"].Status);
        foreach (var id in new[] { "msg_b1", "msg_b2", "msg_b3", "msg_b4" })
        {
            Assert.Equal(InboxStatus.Pending, rows[id].Status);
            Assert.Equal(0, rows[id].Attempts);
        }

        Assert.Equal(1, log.TotalRuns);
    }

    // Stores the backlog b0 … b39 through a first server whose one worker is held by a gated delivery, then stops it:
    // the gated delivery is given back, and nothing else was claimed.
    private static async Task StoreBacklogAsync(string folder)
    {
        var log = new HandlerLog();
        log.Gates["hold"] = new TaskCompletionSource();
        var server = await InboxServer.StartAsync(folder, log, Workers(1), shutdownTimeout: TimeSpan.FromMilliseconds(100));
        using (await server.SendOpenAI("batch.cancelled", "hold"))
        {
        }

        await log.Entered.GetOrAdd("hold", _ => new TaskCompletionSource()).Task.WaitAsync(TimeSpan.FromSeconds(15));
        foreach (var i in Enumerable.Range(0, Backlog))
        {
            using var response = await server.SendOpenAI("batch.cancelled", $"b{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await server.StopAsync();
        await server.DisposeAsync();
        Assert.Equal(0, log.TotalRuns);
    }

    private static Dictionary<string, string?> Workers(int workers) => new() { ["Webhooks:Inbox:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
