using System.Diagnostics;

namespace Webhooks.Durability.Tests;

/// <summary>
/// Two app processes queued on one PostgreSQL database under load; the server is stopped with <c>pg_ctl -m immediate</c>
/// (every server process quits at once, as in a crash) for a few seconds, then started again. Meanwhile the instances
/// answer 503 with <c>Retry-After</c> and acknowledge nothing they did not commit; they neither crash nor grow without
/// bound, and once the server is back both take deliveries and process them again, without a restart, and drain.
/// The server is a cluster of the test's own (<see cref="PostgreSqlCluster"/>), so the outage hits no other test.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const int Instances = 2;
    private const string StoreFailed = "Could not store a batch";
    private const string ClaimFailed = "Could not claim webhook deliveries";
    private const string CompleteFailed = "Could not record the outcome";
    private const string RenewFailed = "Could not renew the leases";
    private const string ListenerLost = "lost its PostgreSQL notification connection";
    private const string LeaseLost = "Lost the lease on";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(4);

    // Generous: what a process may grow by across the outage (its peak resident memory over its resident memory
    // before it). A store that kept what it refused, or a retry loop that piled up work, would pass it quickly.
    private const long MemoryGrowthBoundKb = 256 * 1024;

    [PostgreSqlOutageFact]
    public async Task A_database_outage_answers_503_acknowledges_nothing_uncommitted_and_every_instance_recovers_without_a_restart()
    {
        await using var cluster = await PostgreSqlCluster.CreateAsync();
        var server = cluster.ConnectionString;
        var schema = PostgreSqlServer.NewSchema("dur_outage");
        using var directory = new TempDirectory();
        var secret = DeliveryLoad.NewSecret();
        var effects = Enumerable.Range(0, Instances).Select(i => directory.File($"effects-{i}.db")).ToArray();
        var apps = Enumerable.Range(0, Instances).Select(i =>
        {
            var settings = PostgreSqlServer.AppSettings(server, schema, $"{schema}_{i}", effects[i], secret);
            settings["Webhooks:Inbox:StoreTimeout"] = "2";
            return new AppProcess(settings);
        }).ToList();

        try
        {
            foreach (var app in apps)
            {
                app.Watch(StoreFailed, ClaimFailed, CompleteFailed, RenewFailed, ListenerLost, LeaseLost);
            }

            await Task.WhenAll(apps.Select(a => a.StartAsync()));
            var pids = apps.Select(a => a.Pid).ToArray();

            // New deliveries, alternately to each instance, and now and then a redelivery of one sent a little earlier to
            // the other instance, for as long as the test goes on.
            using var stopNew = new CancellationTokenSource();
            IEnumerable<Delivery> Deliveries()
            {
                for (var i = 0; !stopNew.IsCancellationRequested; i++)
                {
                    yield return new Delivery($"msg_outage_{i:D6}", "batch.completed", IsDuplicate: false, Target: i % Instances);
                    if (i % 10 == 9 && i >= 40)
                    {
                        yield return new Delivery($"msg_outage_{i - 40:D6}", "batch.completed", IsDuplicate: true, Target: (i - 39) % Instances);
                    }
                }
            }

            var load = new DeliveryLoad(apps.Select(a => a.BaseAddress).ToList(), secret) { RetryPause = TimeSpan.FromMilliseconds(50) };
            var sending = load.RunAsync(DeliveryLoad.Paced(Deliveries(), perSecond: 400), concurrency: 32, deadline: TimeSpan.FromSeconds(120));
            var warmedUp = await Eventually.TrueAsync(() => load.Acknowledged.Count >= 600, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));
            Assert.True(warmedUp, "The instances took no load.\n" + apps[0].RecentOutput);
            var memoryBefore = apps.Select(a => a.Memory()).ToArray();

            // The outage: down for a few seconds, then started again (pg_ctl returns once it takes connections, after
            // its crash recovery).
            var unavailableBefore = load.Unavailable;
            var downWatch = Stopwatch.StartNew();
            int acknowledgedAtStop, acknowledgedAtStart, unavailableDuringOutage;
            var acknowledgedPerInstanceAtStart = new int[Instances];
            DateTimeOffset startedAt;
            TimeSpan startTime;
            try
            {
                await cluster.StopImmediatelyAsync();
                acknowledgedAtStop = load.Acknowledged.Count;
                await Task.Delay(Outage);
                acknowledgedAtStart = load.Acknowledged.Count;
                for (var i = 0; i < Instances; i++)
                {
                    acknowledgedPerInstanceAtStart[i] = load.AcknowledgedAt(i);
                }

                startedAt = DateTimeOffset.UtcNow;
                var startWatch = Stopwatch.StartNew();
                await cluster.StartAsync();
                startTime = startWatch.Elapsed;
                unavailableDuringOutage = load.Unavailable - unavailableBefore;
            }
            finally
            {
                if (!cluster.IsRunning)
                {
                    await cluster.StartAsync(); // whatever happened, the server is back for the rest of the test
                }
            }

            var downTime = downWatch.Elapsed;

            // Back: each instance acknowledges deliveries again and runs handlers again, in the same process.
            var firstAcknowledgedAfter = new TimeSpan?[Instances];
            var firstRunAfter = new TimeSpan?[Instances];
            var recoveryWatch = Stopwatch.StartNew();
            var recovered = await Eventually.TrueAsync(
                () =>
                {
                    for (var i = 0; i < Instances; i++)
                    {
                        if (firstAcknowledgedAfter[i] is null && load.AcknowledgedAt(i) > acknowledgedPerInstanceAtStart[i])
                        {
                            firstAcknowledgedAfter[i] = recoveryWatch.Elapsed;
                        }

                        if (firstRunAfter[i] is null && Databases.RunRecords(effects[i]).Any(r => r.At > startedAt))
                        {
                            firstRunAfter[i] = recoveryWatch.Elapsed;
                        }
                    }

                    return firstAcknowledgedAfter.All(t => t is not null) && firstRunAfter.All(t => t is not null)
                        && Enumerable.Range(0, Instances).All(i => load.AcknowledgedAt(i) >= acknowledgedPerInstanceAtStart[i] + 300);
                },
                TimeSpan.FromSeconds(40),
                TimeSpan.FromMilliseconds(20));
            await stopNew.CancelAsync();
            await sending;

            // Drain: every acknowledged delivery ran, and every stored one is processed.
            Dictionary<string, int> runs = [];
            Dictionary<string, (int Status, int Attempts)> rows = [];
            var drainWatch = Stopwatch.StartNew();
            var drained = await Eventually.TrueAsync(
                () =>
                {
                    runs = Databases.Runs(effects);
                    rows = PostgreSqlServer.InboxRows(server, schema);
                    return load.Acknowledged.All(runs.ContainsKey) && rows.Values.All(r => r.Status == 2);
                },
                TimeSpan.FromSeconds(60));
            var drainTime = drainWatch.Elapsed;
            var stillRunning = apps.Select(a => a.IsRunning).ToArray();
            var memoryAfter = apps.Select(a => a.IsRunning ? a.Memory() : (0, 0)).ToArray();

            var acknowledged = load.Acknowledged.ToList();
            var notStored = acknowledged.Where(id => !rows.ContainsKey(id)).ToList();
            var lost = acknowledged.Where(id => !runs.ContainsKey(id)).ToList();
            var ranTwice = runs.Count(r => r.Value > 1);
            var notRecorded = apps.Sum(a => a.LinesWith(CompleteFailed) + a.LinesWith(LeaseLost));

            var report = new Report(output, "database outage (PostgreSQL stopped -m immediate)");
            report.Line($"database outage: two instances on one PostgreSQL schema under load (400/s); the server stopped with -m immediate for {Outage.TotalSeconds:0} s, then started again; no app restart");
            report.Line($"  server down (stop → taking connections)      {downTime.TotalSeconds,8:0.0} s (start with crash recovery {startTime.TotalSeconds:0.0} s)");
            report.Count("unique deliveries sent", load.UniqueSent);
            report.Count("duplicates (redeliveries, other instance)", load.DuplicatesSent);
            report.Count("requests (with the provider's retries)", load.Requests);
            report.Count("acknowledged (distinct ids answered 2xx)", acknowledged.Count);
            report.Count("acknowledged while the server was stopped", acknowledgedAtStart - acknowledgedAtStop);
            report.Count("503 answers", load.Unavailable);
            report.Count("503 answers while the server was down", unavailableDuringOutage);
            report.Count("503 answers without Retry-After", load.UnavailableWithoutRetryAfter);
            report.Count("other answers (not 2xx/503)", load.Unexpected.Count);
            report.Count("connection failures (an app down)", load.ConnectionFailures);
            for (var i = 0; i < Instances; i++)
            {
                report.Line($"  instance {i} (pid {pids[i]}): first 2xx / first run once the server was back  {Seconds(firstAcknowledgedAfter[i])} / {Seconds(firstRunAfter[i])}");
                report.Line($"  instance {i}: resident before {memoryBefore[i].ResidentKb / 1024} MB, after {memoryAfter[i].Item1 / 1024} MB, peak {memoryAfter[i].Item2 / 1024} MB");
                report.Line($"  instance {i}: log: store failed {apps[i].LinesWith(StoreFailed)}, claim failed {apps[i].LinesWith(ClaimFailed)}, outcome not recorded {apps[i].LinesWith(CompleteFailed)}, lease lost {apps[i].LinesWith(LeaseLost)}, renew failed {apps[i].LinesWith(RenewFailed)}, listener lost {apps[i].LinesWith(ListenerLost)}");
            }

            report.Count("acknowledged but not in the database", notStored.Count);
            report.Count("acknowledged but never ran (lost)", lost.Count);
            report.Count("ran twice or more", ranTwice);
            report.Line($"  drain after the load                         {drainTime.TotalSeconds,8:0.0} s");
            report.Count("inbox rows not processed at the end", rows.Values.Count(r => r.Status != 2));
            report.Print();

            Assert.True(stillRunning.All(r => r), "An instance died.\n" + string.Join("\n---\n", apps.Select(a => a.RecentOutput)));
            Assert.All(apps, a => Assert.Equal(1, a.Starts));
            Assert.True(load.Unexpected.Count == 0, $"Answers other than 200 and 503: {string.Join("; ", load.Unexpected.Take(5))}");
            Assert.True(notStored.Count == 0, $"{notStored.Count} deliveries were answered 2xx but are not in the database, e.g. {string.Join(", ", notStored.Take(5))}\n{report}");
            Assert.True(load.ConnectionFailures == 0, $"Requests failed to connect: an instance crashed or stopped answering.\n{report}");
            Assert.True(unavailableDuringOutage > 0, $"The outage never made an instance answer 503.\n{report}");
            Assert.Equal(0, load.UnavailableWithoutRetryAfter);
            Assert.Equal(0, load.GaveUp);
            Assert.True(recovered, $"Not every instance took and processed deliveries again after the server was back.\n{report}\n{apps[0].RecentOutput}");
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged deliveries never ran, e.g. {string.Join(", ", lost.Take(5))}\n{report}");
            Assert.True(drained, $"The inbox did not drain after the server was back.\n{report}");
            for (var i = 0; i < Instances; i++)
            {
                Assert.True(memoryAfter[i].Item2 - memoryBefore[i].ResidentKb < MemoryGrowthBoundKb,
                    $"Instance {i} grew by {(memoryAfter[i].Item2 - memoryBefore[i].ResidentKb) / 1024} MB across the outage.\n{report}");
            }

            // A handler runs again only when its outcome was not recorded: the statement failed, or the lease had passed
            // to another worker meanwhile (each is logged).
            Assert.True(ranTwice <= notRecorded, $"More double runs than outcomes that were not recorded.\n{report}");
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? $"{t.TotalSeconds:0.00} s" : "never";
}
