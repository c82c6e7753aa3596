namespace Webhooks.Durability.Tests;

/// <summary>
/// The other way to stop: SIGTERM under load, with handlers that outlast the host's shutdown timeout. Handlers that
/// finish in time record their outcome; the ones still running are cancelled and their deliveries given back at once
/// (pending, the attempt not counted), so nothing stays leased to the stopped process, and after a restart everything
/// acknowledged runs.
/// </summary>
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_graceful_stop_under_load_gives_back_the_leases_of_the_handlers_it_cancels()
    {
        using var directory = new TempDirectory();
        var inboxDb = directory.File("inbox.db");
        var effectsDb = directory.File("effects.db");
        var secret = DeliveryLoad.NewSecret();
        await using var app = new AppProcess(new Dictionary<string, string>
        {
            ["Durability:InboxDb"] = inboxDb,
            ["Durability:EffectsDb"] = effectsDb,
            ["Durability:SlowHandlerMs"] = "2500",
            ["shutdownTimeoutSeconds"] = "1", // the host's shutdown timeout: slow handlers outlast it
            ["Webhooks:openai:Secret"] = secret,
            ["Webhooks:Inbox:Workers"] = "4",
            ["Webhooks:Inbox:LeaseDuration"] = "60", // a lease left behind would hold its delivery for a minute
            ["Webhooks:Inbox:PollInterval"] = "0.2",
        });
        await app.StartAsync();

        // Fast deliveries, with a few slow ones (side effect, then 2.5 s of work) just before the stop.
        const int Total = 600, StopAt = 300;
        var deliveries = Enumerable.Range(0, Total)
            .Select(i => new Delivery($"msg_term_{i:D4}", i is >= StopAt - 40 and < StopAt && i % 8 == 0 ? "batch.cancelled" : "batch.completed", IsDuplicate: false))
            .ToList();
        var slow = deliveries.Where(d => d.EventType == "batch.cancelled").Select(d => d.Id).ToHashSet();
        var load = new DeliveryLoad(app.BaseAddress, secret);
        var sending = load.RunAsync(DeliveryLoad.Paced(deliveries, perSecond: 300), concurrency: 16, deadline: TimeSpan.FromSeconds(90));

        await Eventually.TrueAsync(() => load.Finished >= StopAt, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10));
        var slowRunning = await Eventually.TrueAsync(() => Databases.Runs(effectsDb).Keys.Count(slow.Contains) >= 2, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(20));
        await app.StopAsync(TimeSpan.FromSeconds(30));
        var rowsAfterStop = Databases.InboxRows(inboxDb);
        var leftLeased = rowsAfterStop.Where(r => r.Value.Status == 1).Select(r => r.Key).ToList();
        var runsAtStop = Databases.RunAttempts(effectsDb);
        await app.StartAsync();
        await sending;

        var drained = await Eventually.TrueAsync(
            () => load.Acknowledged.All(Databases.Runs(effectsDb).ContainsKey) && Databases.InboxRows(inboxDb).Values.All(r => r.Status == 2),
            TimeSpan.FromSeconds(30));
        var runs = Databases.RunAttempts(effectsDb);
        await app.StopAsync(TimeSpan.FromSeconds(30));

        var lost = load.Acknowledged.Where(id => !runs.ContainsKey(id)).ToList();
        var ranTwice = runs.Where(r => r.Value.Count > 1).ToList();
        var cancelledAtStop = slow.Count(id => runsAtStop.ContainsKey(id) && rowsAfterStop.TryGetValue(id, out var row) && row.Status != 2);
        var report = new Report(output, "graceful stop under load");
        report.Line("graceful stop (SIGTERM) under load, shutdown timeout 1 s, slow handlers 2.5 s, lease 60 s; then a restart");
        report.Count("unique deliveries sent", load.UniqueSent);
        report.Count("slow deliveries", slow.Count);
        report.Count("acknowledged", load.Acknowledged.Count);
        report.Count("503 answers", load.Unavailable);
        report.Count("connection failures (app stopped)", load.ConnectionFailures);
        report.Count("stored when stopped", rowsAfterStop.Count);
        report.Count("slow handlers cancelled by the stop", cancelledAtStop);
        report.Count("still leased after the stop", leftLeased.Count);
        report.Line($"  ran twice (attempts of each run)             {string.Join("; ", ranTwice.Select(r => r.Key + " [" + string.Join(",", r.Value) + "]"))}");
        report.Count("lost (acknowledged, never ran)", lost.Count);
        report.Print();

        Assert.Empty(load.Unexpected);
        Assert.True(slowRunning, "No slow handler was running when the stop came.");
        Assert.True(cancelledAtStop > 0, $"The stop cancelled no handler: nothing to give back.\n{report}");
        Assert.Equal(deliveries.Count, load.Acknowledged.Count);
        Assert.True(leftLeased.Count == 0, $"Deliveries still leased to the stopped process (claimable only when the lease expires): {string.Join(", ", leftLeased)}\n{report}");
        Assert.True(lost.Count == 0, $"Lost: {string.Join(", ", lost.Take(5))}\n{report}");
        Assert.True(drained, $"Did not drain.\n{report}");

        // Only the cancelled handlers run again, and the attempt that was cut short is not counted: both runs are attempt 1.
        Assert.All(ranTwice, r =>
        {
            Assert.Contains(r.Key, slow);
            Assert.Equal([1, 1], r.Value);
        });
    }
}
