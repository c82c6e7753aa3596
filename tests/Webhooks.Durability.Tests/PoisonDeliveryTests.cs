using Microsoft.Extensions.DependencyInjection;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using Webhooks.Storage.Sqlite;

namespace Webhooks.Durability.Tests;

/// <summary>A handler that always throws is dead-lettered after the schedule, while the other deliveries keep flowing.</summary>
public sealed class PoisonDeliveryTests(ITestOutputHelper output)
{
    private const int Poison = 5;
    private const int Good = 200;

    [Fact]
    public async Task A_delivery_that_always_fails_is_dead_after_its_last_attempt_while_the_others_are_processed()
    {
        using var directory = new TempDirectory();
        var secret = DeliveryLoad.NewSecret();
        await using var host = await InProcessHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Webhooks:openai:Secret"] = secret,
                ["Webhooks:Inbox:Workers"] = "2",
                ["Webhooks:Inbox:LeaseDuration"] = "3",
                ["Webhooks:Inbox:PollInterval"] = "0.1",

                // Three waits: four attempts, then dead.
                ["Webhooks:Inbox:RetrySchedule:0"] = "0.2",
                ["Webhooks:Inbox:RetrySchedule:1"] = "0.2",
                ["Webhooks:Inbox:RetrySchedule:2"] = "0.2",
            },
            _ => new SqliteInboxStore(new SqliteStorageOptions { ConnectionString = "Data Source=inbox.db" }, directory.Path));
        var inbox = host.Services.GetRequiredService<WebhookInbox>();

        var poison = Enumerable.Range(0, Poison).Select(i => new Delivery($"msg_poison_{i}", "batch.failed", false)).ToList();
        var good = Enumerable.Range(0, Good).Select(i => new Delivery($"msg_good_{i:D3}", "batch.completed", false)).ToList();
        var all = good.Concat(poison).OrderBy(_ => Random.Shared.Next()).ToList();
        var load = new DeliveryLoad(host.BaseAddress, secret);
        await load.RunAsync(all, concurrency: 32, deadline: TimeSpan.FromSeconds(60));

        IReadOnlyList<InboxDeliverySummary> dead = [], processed = [];
        var settled = await Eventually.TrueAsync(
            () =>
            {
                dead = inbox.ListAsync(new InboxFilter { Status = InboxStatus.Dead }, limit: 500).AsTask().GetAwaiter().GetResult();
                processed = inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processed }, limit: 500).AsTask().GetAwaiter().GetResult();
                return dead.Count == Poison && processed.Count == Good;
            },
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(100));

        // Dead is final: no attempt after the last (the workers poll every 0.1 s; give them several polls).
        var runsWhenDead = poison.Sum(p => host.Runs.Count(p.Id));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var runsLater = poison.Sum(p => host.Runs.Count(p.Id));

        // A dead letter keeps its body, so it can be replayed after a fix; replayed, it goes through the schedule again.
        var replayedId = dead.Single(d => d.DeliveryId == poison[0].Id).Id;
        var stored = await inbox.GetAsync(replayedId);
        Assert.True(await inbox.ReplayAsync(replayedId));
        var deadAgain = await Eventually.TrueAsync(
            () => inbox.GetAsync(replayedId).AsTask().GetAwaiter().GetResult() is { Status: InboxStatus.Dead, Attempts: 4 } && host.Runs.Count(poison[0].Id) == 8,
            TimeSpan.FromSeconds(20),
            TimeSpan.FromMilliseconds(100));

        var report = new Report(output, "poison delivery");
        report.Line("poison delivery: a handler that always throws, RetrySchedule 0.2 s x 3 (four attempts), 2 workers");
        report.Count("poison deliveries sent", poison.Count);
        report.Count("good deliveries sent at the same time", good.Count);
        report.Count("acknowledged", load.Acknowledged.Count);
        report.Count("dead", dead.Count);
        report.Count("processed", processed.Count);
        report.Count("good deliveries run exactly once", good.Count(g => host.Runs.Count(g.Id) == 1));
        foreach (var letter in dead.OrderBy(d => d.DeliveryId))
        {
            report.Line($"  {letter.DeliveryId}: {letter.Status} after {letter.Attempts} attempts, runs [{string.Join(",", host.Runs.Attempts(letter.DeliveryId).Take(4))}]: {letter.LastError}");
        }

        report.Count("poison runs when all were dead", runsWhenDead);
        report.Count("poison runs one second later", runsLater);
        report.Print();

        Assert.Equal(Poison + Good, load.Acknowledged.Count);
        Assert.True(settled, $"Not settled: {dead.Count} dead, {processed.Count} processed.\n{report}");
        foreach (var letter in dead)
        {
            Assert.StartsWith("msg_poison_", letter.DeliveryId, StringComparison.Ordinal);
            Assert.Equal(4, letter.Attempts);
            Assert.Equal($"System.InvalidOperationException: Poison obj_{letter.DeliveryId} fails on every attempt.", letter.LastError);
            Assert.Equal([1, 2, 3, 4], host.Runs.Attempts(letter.DeliveryId).Take(4));
        }

        Assert.Equal(Poison * 4, runsWhenDead);
        Assert.Equal(runsWhenDead, runsLater);
        Assert.All(good, g => Assert.Equal(1, host.Runs.Count(g.Id)));
        Assert.All(processed, p => Assert.StartsWith("msg_good_", p.DeliveryId, StringComparison.Ordinal));

        Assert.NotNull(stored);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(poison[0].Body), stored.Body);
        Assert.True(deadAgain, "The replayed dead letter did not go through its four attempts again.");
        Assert.Equal([1, 2, 3, 4, 1, 2, 3, 4], host.Runs.Attempts(poison[0].Id));
    }
}
