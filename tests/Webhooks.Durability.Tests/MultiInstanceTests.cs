using System.Diagnostics;

namespace Webhooks.Durability.Tests;

/// <summary>
/// Three app processes queued on one PostgreSQL schema, as behind a load balancer: every delivery is sent to two of
/// them at the same time, and each runs its handler once in all; then one instance is killed with SIGKILL while it
/// runs slow deliveries, and the others take its leased work over as soon as the leases expire.
/// </summary>
public sealed class MultiInstanceTests(ITestOutputHelper output)
{
    private const int Instances = 3;
    private const int Workers = 4;
    private const int UniqueDeliveries = 1500;
    private const int PairsAtOnce = 16; // 32 requests in flight
    private const int SlowHandlerMs = 2000;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);
    private const string StoreFailed = "Could not store a batch";
    private const string Deadlock = "40P01: deadlock detected";

    [PostgreSqlFact]
    public async Task Three_instances_on_one_database_run_each_delivery_once_and_take_over_a_killed_instance_s_leases()
    {
        var server = PostgreSqlServer.ConnectionString;
        var schema = PostgreSqlServer.NewSchema("dur_multi");
        using var directory = new TempDirectory();
        var secret = DeliveryLoad.NewSecret();
        var effects = Enumerable.Range(0, Instances).Select(i => directory.File($"effects-{i}.db")).ToArray();
        var names = Enumerable.Range(0, Instances).Select(i => $"{schema}_{i}").ToArray();
        var apps = Enumerable.Range(0, Instances).Select(i =>
        {
            var settings = PostgreSqlServer.AppSettings(server, schema, names[i], effects[i], secret);
            settings["Durability:SlowHandlerMs"] = SlowHandlerMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Webhooks:Inbox:Workers"] = Workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Webhooks:Inbox:LeaseDuration"] = Lease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new AppProcess(settings);
        }).ToList();

        try
        {
            foreach (var app in apps)
            {
                app.Watch(StoreFailed, Deadlock);
            }

            // All three start at once on a schema that doesn't exist yet: they create it without racing.
            await Task.WhenAll(apps.Select(a => a.StartAsync()));
            var pids = apps.Select(a => a.Pid).ToArray();
            var addresses = apps.Select(a => a.BaseAddress).ToList();

            // Phase 1: each delivery to one instance and, at the same moment, its redelivery to another.
            var random = new Random();
            var pairs = Enumerable.Range(0, UniqueDeliveries).Select(i =>
            {
                var first = random.Next(Instances);
                var original = new Delivery($"msg_multi_{i:D5}", "batch.completed", IsDuplicate: false, Target: first);
                return new[] { original, original.AsDuplicateTo((first + 1 + random.Next(Instances - 1)) % Instances) };
            }).ToList();
            var load = new DeliveryLoad(addresses, secret);
            var sendWatch = Stopwatch.StartNew();
            await load.RunAsync(pairs, PairsAtOnce, deadline: TimeSpan.FromSeconds(90));
            var sendTime = sendWatch.Elapsed;

            Dictionary<string, int> runs = [];
            Dictionary<string, (int Status, int Attempts)> rows = [];
            var drained = await Eventually.TrueAsync(
                () =>
                {
                    runs = Databases.Runs(effects);
                    rows = PostgreSqlServer.InboxRows(server, schema);
                    return load.Acknowledged.All(runs.ContainsKey) && rows.Values.All(r => r.Status == 2);
                },
                TimeSpan.FromSeconds(60));
            var drainTime = sendWatch.Elapsed - sendTime;
            var perInstance = effects.Select(e => Databases.RunRecords(e).Count).ToArray();
            var acknowledged = load.Acknowledged.ToList();
            var lost = acknowledged.Where(id => !runs.ContainsKey(id)).ToList();
            var ranTwice = runs.Where(r => r.Value > 1).Select(r => r.Key).ToList();

            // Phase 2: as many slow deliveries as there are workers in all, so that each instance runs Workers of them
            // (none takes more than its free workers); once the victim runs its share, SIGKILL. The others are idle again
            // before the victim's leases expire, and take its rows over then.
            var slow = Enumerable.Range(0, Workers * Instances)
                .Select(i => new Delivery($"msg_multi_slow_{i:D3}", "batch.cancelled", IsDuplicate: false, Target: i % Instances))
                .ToList();
            var slowIds = slow.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var slowLoad = new DeliveryLoad(addresses, secret);
            await slowLoad.RunAsync(slow, concurrency: 32, deadline: TimeSpan.FromSeconds(30));

            const int victim = 0;
            List<string> VictimRunning()
            {
                var leased = PostgreSqlServer.Leases(server, schema);
                return Databases.RunRecords(effects[victim]).Where(r => slowIds.Contains(r.DeliveryId) && leased.ContainsKey(r.DeliveryId))
                    .Select(r => r.DeliveryId).Distinct().ToList();
            }

            var victimBusy = await Eventually.TrueAsync(() => VictimRunning().Count >= Workers, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10));
            var killedAt = DateTimeOffset.UtcNow;
            apps[victim].Kill();
            var sessionsGone = await PostgreSqlServer.WaitForNoSessionsAsync(server, names[victim], TimeSpan.FromSeconds(10));
            var leases = PostgreSqlServer.Leases(server, schema);
            var inFlight = Databases.RunRecords(effects[victim]).Where(r => slowIds.Contains(r.DeliveryId) && leases.ContainsKey(r.DeliveryId))
                .Select(r => r.DeliveryId).Distinct().ToList();

            // Taken over: each of the victim's leased deliveries runs on another instance (its side effect is written first).
            var survivors = effects.Where((_, i) => i != victim).ToList();
            Dictionary<string, Run> takenOver = [];
            var tookOver = await Eventually.TrueAsync(
                () =>
                {
                    takenOver = survivors.SelectMany(Databases.RunRecords).Where(r => inFlight.Contains(r.DeliveryId))
                        .GroupBy(r => r.DeliveryId).ToDictionary(g => g.Key, g => g.MinBy(r => r.At)!);
                    return takenOver.Count == inFlight.Count;
                },
                Lease + TimeSpan.FromSeconds(20),
                TimeSpan.FromMilliseconds(20));
            Dictionary<string, int> slowRuns = [];
            var slowDrained = await Eventually.TrueAsync(
                () =>
                {
                    slowRuns = Databases.Runs(effects);
                    return PostgreSqlServer.InboxRows(server, schema).Where(r => slowIds.Contains(r.Key)).All(r => r.Value.Status == 2);
                },
                TimeSpan.FromSeconds(30));
            var takeover = takenOver.Count > 0 ? takenOver.Values.Max(r => r.At) - killedAt : TimeSpan.Zero;
            var leaseLeft = inFlight.Count > 0 ? inFlight.Max(id => leases[id]) - killedAt : TimeSpan.Zero;
            var beforeLeaseEnded = takenOver.Values.Where(r => r.At < leases[r.DeliveryId] - TimeSpan.FromMilliseconds(50)).ToList();
            var afterLeaseEnded = takenOver.Count > 0 ? takenOver.Values.Max(r => r.At - leases[r.DeliveryId]) : TimeSpan.Zero;
            var slowRanTwice = slow.Where(d => slowRuns.GetValueOrDefault(d.Id) > 1).Select(d => d.Id).ToList();
            var slowRanTwiceNotInFlight = slowRanTwice.Except(inFlight).ToList();
            var slowNeverRan = slow.Where(d => !slowRuns.ContainsKey(d.Id)).Select(d => d.Id).ToList();

            var report = new Report(output, "three instances on one PostgreSQL database");
            report.Line($"three instances on one PostgreSQL schema, {Workers} workers each, lease {Lease.TotalSeconds:0} s; each delivery sent to two instances at once");
            report.Count("unique deliveries sent", load.UniqueSent);
            report.Count("duplicates sent (same id, another instance)", load.DuplicatesSent);
            report.Count("requests", load.Requests);
            for (var i = 0; i < Instances; i++)
            {
                report.Count($"instance {i} (pid {pids[i]}): 2xx answers", load.AcknowledgedAt(i));
            }

            for (var i = 0; i < Instances; i++)
            {
                report.Count($"instance {i} (pid {pids[i]}): handler runs", perInstance[i]);
            }

            report.Count("inbox rows (stored once per id)", rows.Count);
            report.Count("ran once", runs.Count(r => r.Value == 1));
            report.Count("ran twice or more", ranTwice.Count);
            report.Count("lost (acknowledged, never ran)", lost.Count);
            report.Count("503 answers", load.Unavailable + slowLoad.Unavailable);
            report.Count("app log: store failed (batches)", apps.Sum(a => a.LinesWith(StoreFailed)));
            report.Count("app log: 40P01 deadlock detected", apps.Sum(a => a.LinesWith(Deadlock)));
            report.Line($"  sending / drain after it                     {sendTime.TotalSeconds,8:0.0} s / {drainTime.TotalSeconds:0.0} s");
            report.Line($"kill -9 of instance {victim} with slow deliveries ({SlowHandlerMs} ms) in flight:");
            report.Count("slow deliveries sent", slow.Count);
            report.Count("leased to the killed instance (in flight)", inFlight.Count);
            report.Count("taken over by the others", takenOver.Count);
            report.Line($"  lease left at the kill (latest)              {leaseLeft.TotalSeconds,8:0.00} s");
            report.Line($"  takeover: kill → last one running elsewhere  {takeover.TotalSeconds,8:0.00} s");
            report.Line($"  takeover after its lease ended (latest)      {afterLeaseEnded.TotalSeconds,8:0.00} s");
            report.Count("taken over before the lease ended", beforeLeaseEnded.Count);
            report.Count("slow: ran twice (killed run + takeover)", slowRanTwice.Count);
            report.Count("slow: ran twice, not in flight at the kill", slowRanTwiceNotInFlight.Count);
            report.Count("slow: never ran", slowNeverRan.Count);
            report.Print();

            // Phase 1: dedupe and claims across instances, no faults: exactly once. (Not asserted: no 503. Two instances'
            // group commits with the same ids in another order can deadlock, and one batch is then answered 503; that is
            // PostgreSqlConcurrentIngestTests. Safe, the provider retries, but it should be zero once that is fixed.)
            Assert.Empty(load.Unexpected);
            Assert.Equal(0, load.GaveUp);
            Assert.Equal(UniqueDeliveries, load.DuplicatesSent);
            Assert.Equal(UniqueDeliveries, acknowledged.Count);
            Assert.True(drained, $"The inbox did not drain.\n{report}\n{apps[0].RecentOutput}");
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged deliveries never ran, e.g. {string.Join(", ", lost.Take(5))}\n{report}");
            Assert.True(ranTwice.Count == 0, $"{ranTwice.Count} deliveries ran more than once, e.g. {string.Join(", ", ranTwice.Take(5))}\n{report}");
            Assert.Equal(UniqueDeliveries, rows.Count);
            Assert.All(rows.Values, r => Assert.Equal(1, r.Attempts));
            Assert.True(perInstance.Count(n => n > 0) >= 2, $"Only one instance ran handlers.\n{report}");
            Assert.True(Enumerable.Range(0, Instances).All(i => load.AcknowledgedAt(i) > 0), $"An instance answered nothing.\n{report}");

            // Phase 2: the killed instance's leased work is run by the others once its leases end, and only that runs twice.
            Assert.Empty(slowLoad.Unexpected);
            Assert.True(victimBusy, $"The victim never ran {Workers} slow deliveries at once (it ran {inFlight.Count}).\n{report}");
            Assert.True(sessionsGone, "The killed instance's database sessions did not end.");
            Assert.True(inFlight.Count > 0, $"Nothing was in flight on the killed instance.\n{report}");
            Assert.True(tookOver, $"The others did not take over the killed instance's leased deliveries.\n{report}");
            Assert.True(beforeLeaseEnded.Count == 0, $"Deliveries were taken over while the killed instance's lease still held.\n{report}");
            Assert.True(takeover <= Lease + TimeSpan.FromSeconds(1.5), $"The takeover took longer than the lease (+1.5 s).\n{report}");
            Assert.True(slowDrained, $"The slow deliveries did not drain.\n{report}");
            Assert.Empty(slowNeverRan);
            Assert.True(slowRanTwiceNotInFlight.Count == 0, $"Slow deliveries ran twice without being in flight at the kill: {string.Join(", ", slowRanTwiceNotInFlight)}\n{report}");
            Assert.All(inFlight, id => Assert.Equal(2, slowRuns[id]));
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }

            await PostgreSqlServer.DropSchemaAsync(server, schema);
        }
    }
}
