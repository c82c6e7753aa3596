using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Storage.Sqlite;

namespace Webhooks.Durability.Tests;

/// <summary>
/// The storage fails under load, without a restart, then is healthy again: faults injected at the storage seam around
/// the real SQLite store (<see cref="FaultyStore"/>), on receive (AddAsync) and in the workers (ClaimAsync,
/// CompleteAsync), failing before the commit, after it, or hanging past the store timeout.
/// </summary>
public sealed class StoreFaultTests(ITestOutputHelper output)
{
    private const int Concurrency = 32;

    [Fact]
    public async Task A_failing_store_answers_503_never_acknowledges_what_it_did_not_store_and_recovers_without_a_restart()
    {
        using var directory = new TempDirectory();
        var inboxDb = directory.File("inbox.db");
        var secret = DeliveryLoad.NewSecret();
        await using var host = await InProcessHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Webhooks:openai:Secret"] = secret,
                ["Webhooks:Inbox:Workers"] = "4",
                ["Webhooks:Inbox:LeaseDuration"] = "3",
                ["Webhooks:Inbox:PollInterval"] = "0.2",
                ["Webhooks:Inbox:StoreTimeout"] = "0.5",
                ["Webhooks:Inbox:RetrySchedule:0"] = "0.2",
                ["Webhooks:Inbox:RetrySchedule:1"] = "0.5",
                ["Webhooks:Inbox:RetrySchedule:2"] = "1",
            },
            _ => new FaultyStore(new SqliteInboxStore(new SqliteStorageOptions { ConnectionString = "Data Source=" + inboxDb }, directory.Path)));
        var store = (FaultyStore)host.Services.GetRequiredService<Webhooks.Inbox.Storage.IWebhookInboxStore>();
        var load = new DeliveryLoad(host.BaseAddress, secret) { RetryPause = TimeSpan.FromMilliseconds(50) };

        // New deliveries (and now and then a redelivery of one sent a little earlier) for as long as the faults go on.
        using var stopNew = new CancellationTokenSource();
        IEnumerable<Delivery> Deliveries()
        {
            for (var i = 0; !stopNew.IsCancellationRequested; i++)
            {
                yield return new Delivery($"msg_fault_{i:D6}", "batch.completed", IsDuplicate: false);
                if (i % 10 == 9 && i >= 40)
                {
                    yield return new Delivery($"msg_fault_{i - 40:D6}", "batch.completed", IsDuplicate: true);
                }
            }
        }

        var sending = load.RunAsync(DeliveryLoad.Paced(Deliveries(), perSecond: 500), Concurrency, deadline: TimeSpan.FromSeconds(120));
        var phases = new List<string>();

        async Task Healthy(int moreAcknowledged)
        {
            store.Heal();
            var target = load.Acknowledged.Count + moreAcknowledged;
            Assert.True(await Eventually.TrueAsync(() => load.Acknowledged.Count >= target, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20)),
                $"The app did not take deliveries again after the fault was switched off ({load.Acknowledged.Count} acknowledged).");
        }

        async Task Failing(string name, Action on, Func<bool> bitten)
        {
            var unavailableBefore = load.Unavailable;
            var watch = Stopwatch.StartNew();
            on();
            var bit = await Eventually.TrueAsync(() => bitten() && watch.Elapsed > TimeSpan.FromSeconds(0.7), TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(20));
            store.Heal();
            phases.Add($"  {name,-44} {load.Unavailable - unavailableBefore,8} 503s, {watch.Elapsed.TotalSeconds:0.0} s");
            Assert.True(bit, $"The fault '{name}' was never hit under load.");
        }

        await Healthy(200);
        await Failing("receive fails before commit", () => store.Add = Fault.FailBeforeCommit, () => store.AddFailedBefore >= 20);
        await Healthy(100);
        await Failing("complete fails before commit", () => store.Complete = Fault.FailBeforeCommit, () => store.CompleteFailedBefore >= 10);
        await Healthy(100);
        await Failing("claim fails before commit", () => store.Claim = Fault.FailBeforeCommit, () => store.ClaimFailedBefore >= 3);
        await Healthy(100);
        await Failing(
            "receive and complete fail after commit",
            () => (store.Add, store.Complete) = (Fault.FailAfterCommit, Fault.FailAfterCommit),
            () => store.AddFailedAfter >= 10 && store.CompleteFailedAfter >= 3);
        await Healthy(100);
        await Failing("claim fails after commit (claims lost)", () => store.Claim = Fault.FailAfterCommit, () => store.ClaimFailedAfter >= 2);
        await Healthy(100);
        await Failing("receive hangs past the store timeout", () => store.Add = Fault.Stall, () => store.AddStalled >= 2);

        // Healthy again, same process: it takes new deliveries, and the provider's retries of everything refused land.
        await Healthy(300);
        await stopNew.CancelAsync();
        await sending;

        // Drain: every acknowledged delivery ran, and every stored one is processed (claims lost to the faults come back
        // when their lease expires).
        Dictionary<string, (int Status, int Attempts)> rows = [];
        var drainWatch = System.Diagnostics.Stopwatch.StartNew();
        var drained = await Eventually.TrueAsync(
            () =>
            {
                rows = Databases.InboxRows(inboxDb);
                return rows.Values.All(r => r.Status == 2) && load.Acknowledged.All(id => host.Runs.Count(id) > 0);
            },
            TimeSpan.FromSeconds(60));
        var drainTime = drainWatch.Elapsed;

        // Still the same host, still answering.
        using (var client = new HttpClient { BaseAddress = host.BaseAddress })
        {
            using var last = await client.SendAsync(new Webhooks.Testing.WebhookSigner("openai", secret)
                .CreateRequest("/webhooks/openai", new Delivery("msg_fault_last", "batch.completed", false).Body, "msg_fault_last"));
            Assert.Equal(System.Net.HttpStatusCode.OK, last.StatusCode);
        }

        var acknowledged = load.Acknowledged.ToList();
        var notStored = acknowledged.Where(id => !rows.ContainsKey(id)).ToList();
        var notRun = acknowledged.Where(id => host.Runs.Count(id) == 0).ToList();
        var ranTwice = host.Runs.RanMoreThanOnce.ToList();
        var ranTwiceUnexplained = ranTwice.Where(id => !store.NotCompleted.ContainsKey(id)).ToList();

        var report = new Report(output, "storage failure (injected at the seam)");
        report.Line("storage failure, faults injected around the real SQLite store, under load; no restart");
        foreach (var phase in phases)
        {
            report.Line(phase);
        }

        report.Count("unique deliveries sent", load.UniqueSent);
        report.Count("duplicates (redeliveries) sent", load.DuplicatesSent);
        report.Count("requests (with the provider's retries)", load.Requests);
        report.Count("acknowledged (distinct ids answered 2xx)", acknowledged.Count);
        report.Count("503 answers", load.Unavailable);
        report.Count("503 answers without Retry-After", load.UnavailableWithoutRetryAfter);
        report.Count("other answers (not 2xx/503)", load.Unexpected.Count);
        report.Count("connection failures", load.ConnectionFailures);
        report.Count("injected: receive failed before commit", store.AddFailedBefore);
        report.Count("injected: receive failed after commit", store.AddFailedAfter);
        report.Count("injected: receive hung", store.AddStalled);
        report.Count("injected: claim failed before commit", store.ClaimFailedBefore);
        report.Count("injected: claim failed after commit (lost)", store.ClaimFailedAfter);
        report.Count("injected: complete failed before commit", store.CompleteFailedBefore);
        report.Count("injected: complete failed after commit", store.CompleteFailedAfter);
        report.Count("acknowledged but not in the database", notStored.Count);
        report.Count("acknowledged but never ran (lost)", notRun.Count);
        report.Count("ran twice or more", ranTwice.Count);
        report.Count("ran twice, outcome had been recorded", ranTwiceUnexplained.Count);
        report.Line($"  drain after the load                         {drainTime.TotalSeconds,8:0.0} s");
        report.Count("inbox rows not processed at the end", rows.Values.Count(r => r.Status != 2));
        report.Print();

        Assert.True(load.Unexpected.Count == 0, $"Answers other than 200 and 503: {string.Join("; ", load.Unexpected.Take(5))}");
        Assert.Equal(0, load.ConnectionFailures);
        Assert.True(load.Unavailable > 0, "The faults never made the app answer 503.");
        Assert.Equal(0, load.UnavailableWithoutRetryAfter);
        Assert.Equal(0, load.GaveUp);
        Assert.True(notStored.Count == 0, $"{notStored.Count} deliveries were answered 2xx but are not in the database, e.g. {string.Join(", ", notStored.Take(5))}\n{report}");
        Assert.True(drained, $"The inbox did not drain after the store was healthy again.\n{report}");
        Assert.Empty(notRun);

        // A handler runs again only when its outcome could not be recorded (CompleteAsync failed before commit).
        Assert.True(ranTwiceUnexplained.Count == 0, $"Ran twice although the outcome was recorded: {string.Join(", ", ranTwiceUnexplained.Take(5))}\n{report}");
    }
}
