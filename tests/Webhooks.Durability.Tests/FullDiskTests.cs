using System.Globalization;

namespace Webhooks.Durability.Tests;

/// <summary>
/// The app as a separate process with its inbox on a small tmpfs that is filled up under load (a real full
/// filesystem: SQLite gets ENOSPC), then freed again, without a restart.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output)
{
    private const string StoreFailed = "Could not store a batch";
    private const string ClaimFailed = "Could not claim webhook deliveries";
    private const string CompleteFailed = "Could not record the outcome";

    [TmpfsFact]
    public async Task A_full_filesystem_under_the_inbox_answers_503_never_acknowledges_unstored_and_recovers_without_a_restart()
    {
        using var directory = new TempDirectory();
        using var tmpfs = Tmpfs.Mount(directory.File("tmpfs"), megabytes: 16);
        var inboxDb = Path.Combine(tmpfs.Path, "inbox.db");
        var effectsDb = directory.File("effects.db"); // on the real disk: the handlers' side effect doesn't fail
        var filler = Path.Combine(tmpfs.Path, "filler");
        var secret = DeliveryLoad.NewSecret();
        await using var app = new AppProcess(new Dictionary<string, string>
        {
            ["Durability:InboxDb"] = inboxDb,
            ["Durability:EffectsDb"] = effectsDb,
            ["Webhooks:openai:Secret"] = secret,
            ["Webhooks:Inbox:Workers"] = "4",
            ["Webhooks:Inbox:LeaseDuration"] = "3",
            ["Webhooks:Inbox:PollInterval"] = "0.2",
            ["Webhooks:Inbox:StoreTimeout"] = "2",
            ["Webhooks:Inbox:RetrySchedule:0"] = "0.2",
            ["Webhooks:Inbox:RetrySchedule:1"] = "0.5",
            ["Webhooks:Inbox:RetrySchedule:2"] = "1",
        });
        app.Watch(StoreFailed, ClaimFailed, CompleteFailed);
        await app.StartAsync();

        using var stopNew = new CancellationTokenSource();
        IEnumerable<Delivery> Deliveries()
        {
            for (var i = 0; !stopNew.IsCancellationRequested; i++)
            {
                yield return new Delivery($"msg_full_{i:D6}", "batch.completed", IsDuplicate: false);
                if (i % 10 == 9 && i >= 40)
                {
                    yield return new Delivery($"msg_full_{i - 40:D6}", "batch.completed", IsDuplicate: true);
                }
            }
        }

        var load = new DeliveryLoad(app.BaseAddress, secret) { RetryPause = TimeSpan.FromMilliseconds(50) };
        var sending = load.RunAsync(DeliveryLoad.Paced(Deliveries(), perSecond: 500), concurrency: 32, deadline: TimeSpan.FromSeconds(120));
        Assert.True(await Eventually.TrueAsync(() => load.Acknowledged.Count >= 300, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20)), "The app took no load.");

        // Full: the rest of the tmpfs taken by one file. The store must answer 503 until it is freed.
        var unavailableBefore = load.Unavailable;
        var filled = tmpfs.Fill("filler");
        var fullSince = DateTime.UtcNow;
        var full = await Eventually.TrueAsync(
            () => load.Unavailable - unavailableBefore >= 100 && DateTime.UtcNow - fullSince > TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));
        var acknowledgedWhenFull = load.Acknowledged.Count;
        var unavailableWhileFull = load.Unavailable - unavailableBefore;

        // Freed: the same process takes deliveries again, and the provider's retries of what it refused land.
        File.Delete(filler);
        var recovered = await Eventually.TrueAsync(() => load.Acknowledged.Count >= acknowledgedWhenFull + 500, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));
        await stopNew.CancelAsync();
        await sending;

        Dictionary<string, int> runs = [];
        Dictionary<string, (int Status, int Attempts)> rows = [];
        var drainWatch = System.Diagnostics.Stopwatch.StartNew();
        var drained = await Eventually.TrueAsync(
            () =>
            {
                runs = Databases.Runs(effectsDb);
                rows = Databases.InboxRows(inboxDb);
                return load.Acknowledged.All(runs.ContainsKey) && rows.Values.All(r => r.Status == 2);
            },
            TimeSpan.FromSeconds(60));
        var drainTime = drainWatch.Elapsed;
        var stillRunning = app.IsRunning;
        await app.StopAsync(TimeSpan.FromSeconds(15));

        var acknowledged = load.Acknowledged.ToList();
        var notStored = acknowledged.Where(id => !rows.ContainsKey(id)).ToList();
        var lost = acknowledged.Where(id => !runs.ContainsKey(id)).ToList();
        var ranTwice = runs.Count(r => r.Value > 1);

        var report = new Report(output, "storage failure (full filesystem)");
        report.Line("storage failure: the inbox on a 16 MB tmpfs filled up under load, then freed; no restart");
        report.Line($"  filler file                                  {filled / 1024,8} KB");
        report.Count("unique deliveries sent", load.UniqueSent);
        report.Count("duplicates (redeliveries) sent", load.DuplicatesSent);
        report.Count("requests (with the provider's retries)", load.Requests);
        report.Count("acknowledged (distinct ids answered 2xx)", acknowledged.Count);
        report.Count("503 answers", load.Unavailable);
        report.Count("503 answers while full (before it was freed)", unavailableWhileFull);
        report.Count("503 answers without Retry-After", load.UnavailableWithoutRetryAfter);
        report.Count("other answers (not 2xx/503)", load.Unexpected.Count);
        report.Count("connection failures", load.ConnectionFailures);
        report.Count("app log: store failed (batches)", app.LinesWith(StoreFailed));
        report.Count("app log: claim failed", app.LinesWith(ClaimFailed));
        report.Count("app log: outcome not recorded", app.LinesWith(CompleteFailed));
        report.Count("acknowledged but not in the database", notStored.Count);
        report.Count("acknowledged but never ran (lost)", lost.Count);
        report.Count("ran twice or more", ranTwice);
        report.Line($"  drain after the load                         {drainTime.TotalSeconds,8:0.0} s");
        report.Count("inbox rows not processed at the end", rows.Values.Count(r => r.Status != 2));
        report.Count("app starts", app.Starts);
        report.Print();

        Assert.True(full, $"Filling the filesystem never made the app answer 503.\n{report}");
        Assert.True(recovered, $"The app did not take deliveries again once the filesystem was freed.\n{report}\n{app.RecentOutput}");
        Assert.True(load.Unexpected.Count == 0, $"Answers other than 200 and 503: {string.Join("; ", load.Unexpected.Take(5))}");
        Assert.Equal(0, load.ConnectionFailures);
        Assert.True(stillRunning, "The app died.\n" + app.RecentOutput);
        Assert.Equal(1, app.Starts);
        Assert.Equal(0, load.UnavailableWithoutRetryAfter);
        Assert.Equal(0, load.GaveUp);
        Assert.True(notStored.Count == 0, $"{notStored.Count} deliveries were answered 2xx but are not in the database, e.g. {string.Join(", ", notStored.Take(5))}\n{report}");
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged deliveries never ran, e.g. {string.Join(", ", lost.Take(5))}\n{report}");
        Assert.True(drained, $"The inbox did not drain after the filesystem was freed.\n{report}\n{app.RecentOutput}");

        // A handler runs again only when its outcome could not be recorded (the app logs each such failure).
        Assert.True(ranTwice <= app.LinesWith(CompleteFailed), $"More double runs than outcomes that failed to be recorded.\n{report}");
    }
}
