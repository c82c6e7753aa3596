using System.Globalization;

namespace Webhooks.Durability.Tests;

/// <summary>
/// The app as a separate process, queued on SQLite, under a load of signed deliveries (some of them redeliveries), killed
/// with SIGKILL three times at random moments and restarted on the same files: every acknowledged delivery runs its
/// handler, and only deliveries in flight at a kill run it twice.
/// </summary>
public sealed class KillUnderLoadTests(ITestOutputHelper output)
{
    private const int UniqueDeliveries = 3000;
    private const int Duplicates = 300;
    private const int Concurrency = 32;
    private const int Kills = 3;
    private const int Workers = 4;

    [Fact]
    public async Task Every_acknowledged_delivery_runs_after_three_kill_9s_under_load()
    {
        using var directory = new TempDirectory();
        var inboxDb = directory.File("inbox.db");
        var effectsDb = directory.File("effects.db");
        var secret = DeliveryLoad.NewSecret();
        await using var app = new AppProcess(new Dictionary<string, string>
        {
            ["Durability:InboxDb"] = inboxDb,
            ["Durability:EffectsDb"] = effectsDb,
            ["Durability:SlowHandlerMs"] = "300",
            ["Webhooks:openai:Secret"] = secret,
            ["Webhooks:Inbox:Workers"] = Workers.ToString(CultureInfo.InvariantCulture),
            ["Webhooks:Inbox:LeaseDuration"] = "3",
            ["Webhooks:Inbox:PollInterval"] = "0.2",
            ["Webhooks:Inbox:RetrySchedule:0"] = "0.2",
            ["Webhooks:Inbox:RetrySchedule:1"] = "0.5",
            ["Webhooks:Inbox:RetrySchedule:2"] = "1",
        });

        var random = new Random();
        var deliveries = Plan(random);
        await app.StartAsync();
        var load = new DeliveryLoad(app.BaseAddress, secret);
        var sending = load.RunAsync(deliveries, Concurrency, deadline: TimeSpan.FromSeconds(150));

        // Three kills while the load runs, around a quarter, a half and three quarters of it. Right after each, while
        // nothing runs, the inbox says which deliveries were leased to a worker: only those can have run their handler
        // without the outcome being recorded.
        var inFlightAtKills = new HashSet<string>(StringComparer.Ordinal);
        var inFlightPerKill = new List<int>();
        for (var kill = 1; kill <= Kills; kill++)
        {
            var at = deliveries.Count * kill / (Kills + 1) + random.Next(-deliveries.Count / 10, deliveries.Count / 10);
            await Eventually.TrueAsync(() => load.Finished >= at || sending.IsCompleted, TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(10));
            await Task.Delay(random.Next(0, 150));
            app.Kill();
            var processing = Databases.Processing(inboxDb);
            inFlightPerKill.Add(processing.Count);
            inFlightAtKills.UnionWith(processing);
            await Task.Delay(random.Next(100, 600)); // down for a moment: the provider's requests fail and are retried
            await app.StartAsync();
        }

        await sending;

        // Drain: every acknowledged delivery has run its handler, and nothing is left to do.
        var drainWatch = System.Diagnostics.Stopwatch.StartNew();
        var drained = await Eventually.TrueAsync(
            () =>
            {
                var runs = Databases.Runs(effectsDb);
                return load.Acknowledged.All(runs.ContainsKey) && Databases.InboxRows(inboxDb).Values.All(r => r.Status == 2);
            },
            TimeSpan.FromSeconds(90));
        var drainTime = drainWatch.Elapsed;
        var finalRuns = Databases.Runs(effectsDb);
        var rows = Databases.InboxRows(inboxDb);
        await app.StopAsync(TimeSpan.FromSeconds(15));

        var acknowledged = load.Acknowledged.ToList();
        var lost = acknowledged.Where(id => !finalRuns.ContainsKey(id)).ToList();
        var ranTwice = finalRuns.Where(r => r.Value > 1).Select(r => r.Key).ToList();
        var ranTwiceNotInFlight = ranTwice.Where(id => !inFlightAtKills.Contains(id)).ToList();

        var report = new Report(output, "kill -9 under load");
        report.Line($"kill -9 under load: {Kills} kills, {Workers} workers, lease 3 s, {Concurrency} concurrent senders");
        report.Count("unique deliveries sent", load.UniqueSent);
        report.Count("duplicates (redeliveries) sent", load.DuplicatesSent);
        report.Count("requests (with the provider's retries)", load.Requests);
        report.Count("acknowledged (distinct ids answered 2xx)", acknowledged.Count);
        report.Count("503 answers", load.Unavailable);
        report.Count("connection failures (app down)", load.ConnectionFailures);
        report.Count("given up (never acknowledged)", load.GaveUp);
        report.Count("app starts", app.Starts);
        report.Line($"  in flight (processing) at each kill           {string.Join(", ", inFlightPerKill)}");
        report.Count("distinct ids in flight at the kills", inFlightAtKills.Count);
        report.Count("ran once", finalRuns.Count(r => r.Value == 1));
        report.Count("ran twice or more", ranTwice.Count);
        report.Count("ran twice but not in flight at a kill", ranTwiceNotInFlight.Count);
        report.Count("lost (acknowledged, never ran)", lost.Count);
        report.Line($"  drain after the load                         {drainTime.TotalSeconds,8:0.0} s");
        report.Count("inbox rows not processed at the end", rows.Values.Count(r => r.Status != 2));
        report.Print();

        Assert.Empty(load.Unexpected);
        Assert.Equal(0, load.GaveUp);
        Assert.Equal(UniqueDeliveries, acknowledged.Count);
        Assert.Equal(Kills + 1, app.Starts);
        Assert.True(load.ConnectionFailures > 0, "The kills should have made some requests fail; did they happen under load?");
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged deliveries never ran their handler, e.g. {string.Join(", ", lost.Take(5))}\n{report}");
        Assert.True(drained, $"The inbox did not drain.\n{report}\n{app.RecentOutput}");

        // The bound on double runs. A handler runs again only when its outcome wasn't recorded; with a store that
        // doesn't fail, that is a delivery leased to a worker when the process died, which we read from the inbox right
        // after each kill. So every delivery that ran twice must be one of those, and there are at most
        // InboxProcessor.MostHeldPerWorker per worker at each kill (claimed ahead, running, or waiting for their outcome's commit).
        Assert.True(ranTwiceNotInFlight.Count == 0,
            $"{ranTwiceNotInFlight.Count} deliveries ran twice without being in flight at a kill, e.g. {string.Join(", ", ranTwiceNotInFlight.Take(5))}\n{report}");
        Assert.True(ranTwice.Count <= inFlightAtKills.Count);
        Assert.True(inFlightAtKills.Count <= Workers * Inbox.InboxProcessor.MostHeldPerWorker * Kills, $"More deliveries were leased at the kills than an instance holds.\n{report}");
        foreach (var id in ranTwice)
        {
            Assert.True(finalRuns[id] <= 1 + Kills, $"{id} ran {finalRuns[id]} times");
        }
    }

    // 3000 unique deliveries, 2% of them for the slow handler (its side effect, then 300 ms of work: a kill meanwhile
    // leaves a run whose outcome isn't recorded), and 300 redeliveries of ids sent a little earlier.
    private static List<Delivery> Plan(Random random)
    {
        var unique = Enumerable.Range(0, UniqueDeliveries)
            .Select(i => new Delivery($"msg_kill_{i:D5}", random.Next(50) == 0 ? "batch.cancelled" : "batch.completed", IsDuplicate: false))
            .ToList();
        var order = new List<Delivery>(unique);
        for (var i = 0; i < Duplicates; i++)
        {
            var original = random.Next(UniqueDeliveries - 200);
            var at = Math.Min(order.Count, original + Concurrency * 2 + random.Next(0, 400));
            order.Insert(at, unique[original].AsDuplicate());
        }

        return order;
    }
}
