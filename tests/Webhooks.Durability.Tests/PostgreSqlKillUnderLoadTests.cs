namespace Webhooks.Durability.Tests;

/// <summary>
/// <see cref="KillUnderLoadTests"/> on PostgreSQL: the app, queued on a schema of its own, under a load of signed
/// deliveries (some of them redeliveries), killed with SIGKILL three times at random moments and started again on the
/// same schema: every acknowledged delivery runs its handler, and only deliveries in flight at a kill run it twice.
/// </summary>
public sealed class PostgreSqlKillUnderLoadTests(ITestOutputHelper output)
{
    private const int UniqueDeliveries = 3000;
    private const int Duplicates = 300;
    private const int Concurrency = 32;
    private const int Kills = 3;
    private const int Workers = 4;

    [PostgreSqlFact]
    public async Task Every_acknowledged_delivery_runs_after_three_kill_9s_under_load_on_postgresql()
    {
        var server = PostgreSqlServer.ConnectionString;
        var schema = PostgreSqlServer.NewSchema("dur_kill");
        var applicationName = schema + "_app";
        using var directory = new TempDirectory();
        var effectsDb = directory.File("effects.db");
        var secret = DeliveryLoad.NewSecret();
        var settings = PostgreSqlServer.AppSettings(server, schema, applicationName, effectsDb, secret);
        settings["Durability:SlowHandlerMs"] = "300";
        settings["Webhooks:Inbox:Workers"] = Workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var app = new AppProcess(settings);
        try
        {
            var random = new Random();
            var deliveries = Plan(random);
            await app.StartAsync();
            var load = new DeliveryLoad(app.BaseAddress, secret);
            var sending = load.RunAsync(deliveries, Concurrency, deadline: TimeSpan.FromSeconds(150));

            // Three kills while the load runs, around a quarter, a half and three quarters of it. Right after each, once
            // the server has ended the killed process's sessions (a statement it sent may still commit until then), the
            // inbox says which deliveries were leased to a worker: only those can have run without their outcome recorded.
            var inFlightAtKills = new HashSet<string>(StringComparer.Ordinal);
            var inFlightPerKill = new List<int>();
            var sessionsEnded = true;
            for (var kill = 1; kill <= Kills; kill++)
            {
                var at = deliveries.Count * kill / (Kills + 1) + random.Next(-deliveries.Count / 10, deliveries.Count / 10);
                await Eventually.TrueAsync(() => load.Finished >= at || sending.IsCompleted, TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(10));
                await Task.Delay(random.Next(0, 150));
                app.Kill();
                sessionsEnded &= await PostgreSqlServer.WaitForNoSessionsAsync(server, applicationName, TimeSpan.FromSeconds(10));
                var processing = PostgreSqlServer.Processing(server, schema);
                inFlightPerKill.Add(processing.Count);
                inFlightAtKills.UnionWith(processing);
                await Task.Delay(random.Next(100, 600)); // down for a moment: the provider's requests fail and are retried
                await app.StartAsync();
            }

            await sending;

            // Drain: every acknowledged delivery has run its handler, and nothing is left to do.
            var drainWatch = System.Diagnostics.Stopwatch.StartNew();
            Dictionary<string, int> finalRuns = [];
            Dictionary<string, (int Status, int Attempts)> rows = [];
            var drained = await Eventually.TrueAsync(
                () =>
                {
                    finalRuns = Databases.Runs(effectsDb);
                    rows = PostgreSqlServer.InboxRows(server, schema);
                    return load.Acknowledged.All(finalRuns.ContainsKey) && rows.Values.All(r => r.Status == 2);
                },
                TimeSpan.FromSeconds(90));
            var drainTime = drainWatch.Elapsed;
            await app.StopAsync(TimeSpan.FromSeconds(15));

            var acknowledged = load.Acknowledged.ToList();
            var notStored = acknowledged.Where(id => !rows.ContainsKey(id)).ToList();
            var lost = acknowledged.Where(id => !finalRuns.ContainsKey(id)).ToList();
            var ranTwice = finalRuns.Where(r => r.Value > 1).Select(r => r.Key).ToList();
            var ranTwiceNotInFlight = ranTwice.Where(id => !inFlightAtKills.Contains(id)).ToList();

            var report = new Report(output, "kill -9 under load (PostgreSQL)");
            report.Line($"kill -9 under load on PostgreSQL: {Kills} kills, {Workers} workers, lease 3 s, {Concurrency} concurrent senders");
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
            report.Count("acknowledged but not in the database", notStored.Count);
            report.Count("lost (acknowledged, never ran)", lost.Count);
            report.Line($"  drain after the load                         {drainTime.TotalSeconds,8:0.0} s");
            report.Count("inbox rows not processed at the end", rows.Values.Count(r => r.Status != 2));
            report.Print();

            Assert.Empty(load.Unexpected);
            Assert.Equal(0, load.GaveUp);
            Assert.Equal(UniqueDeliveries, acknowledged.Count);
            Assert.Equal(Kills + 1, app.Starts);
            Assert.True(sessionsEnded, "The server kept a killed instance's sessions for more than 10 s.");
            Assert.True(load.ConnectionFailures > 0, "The kills should have made some requests fail; did they happen under load?");
            Assert.True(notStored.Count == 0, $"{notStored.Count} acknowledged deliveries are not in the database, e.g. {string.Join(", ", notStored.Take(5))}\n{report}");
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged deliveries never ran their handler, e.g. {string.Join(", ", lost.Take(5))}\n{report}");
            Assert.True(drained, $"The inbox did not drain.\n{report}\n{app.RecentOutput}");

            // The bound on double runs, as on SQLite: only a delivery leased to a worker when the process died runs
            // again, and an instance holds at most InboxProcessor.MostHeldPerWorker per worker.
            Assert.True(ranTwiceNotInFlight.Count == 0,
                $"{ranTwiceNotInFlight.Count} deliveries ran twice without being in flight at a kill, e.g. {string.Join(", ", ranTwiceNotInFlight.Take(5))}\n{report}");
            Assert.True(ranTwice.Count <= inFlightAtKills.Count);
            Assert.True(inFlightAtKills.Count <= Workers * Inbox.InboxProcessor.MostHeldPerWorker * Kills, $"More deliveries were leased at the kills than an instance holds.\n{report}");
            foreach (var id in ranTwice)
            {
                Assert.True(finalRuns[id] <= 1 + Kills, $"{id} ran {finalRuns[id]} times");
            }
        }
        finally
        {
            await app.DisposeAsync();
            await PostgreSqlServer.DropSchemaAsync(server, schema);
        }
    }

    // As KillUnderLoadTests: 2% of the deliveries for the slow handler (its side effect, then 300 ms of work: a kill
    // meanwhile leaves a run whose outcome isn't recorded), and redeliveries of ids sent a little earlier.
    private static List<Delivery> Plan(Random random)
    {
        var unique = Enumerable.Range(0, UniqueDeliveries)
            .Select(i => new Delivery($"msg_pgkill_{i:D5}", random.Next(50) == 0 ? "batch.cancelled" : "batch.completed", IsDuplicate: false))
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
