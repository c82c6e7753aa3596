using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>Retries, dead letters, contract mismatches and replay.</summary>
public sealed class ProcessingTests
{
    [Fact]
    public async Task A_failing_handler_is_retried_and_processed_when_it_succeeds()
    {
        var log = new HandlerLog();
        log.FailNext("flaky", times: 2);
        await using var server = await InboxServer.StartAsync(log: log);

        using var response = await server.SendOpenAI("batch.completed", "flaky");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxServer.WaitUntil(async () => (await server.Find("msg_flaky"))?.Status == InboxStatus.Processed, "the row is processed");
        var row = (await server.Find("msg_flaky"))!;
        Assert.Equal(3, row.Attempts);
        Assert.Equal([3], log.Attempts("flaky"));
        Assert.Contains("flaky failed on purpose", row.LastError); // the last failure stays visible
    }

    [Fact]
    public async Task A_poison_delivery_is_dead_after_the_last_attempt_while_others_flow()
    {
        await using var server = await InboxServer.StartAsync();

        using (var poison = await server.SendOpenAI("batch.failed", "poison"))
        {
            Assert.Equal(HttpStatusCode.OK, poison.StatusCode);
        }

        var good = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => server.SendOpenAI("batch.completed", $"good{i}")));

        Assert.All(good, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await InboxServer.WaitUntil(async () => (await server.Find("msg_poison"))?.Status == InboxStatus.Dead, "the poison delivery is dead");
        await InboxServer.WaitUntil(() => Enumerable.Range(0, 50).All(i => server.Log.Runs($"good{i}") == 1), "every good delivery ran");
        var dead = (await server.Find("msg_poison"))!;
        Assert.Equal(4, dead.Attempts); // the schedule has three retries
        Assert.Equal([1, 2, 3, 4], server.Log.Attempts("poison"));
        Assert.Equal("System.InvalidOperationException: poison poison", dead.LastError);
        var history = (await server.Inbox.GetAsync(dead.Id))!.History;
        Assert.Equal([1, 2, 3, 4], history.Select(a => a.Attempt));
        Assert.Equal([InboxStatus.Pending, InboxStatus.Pending, InboxStatus.Pending, InboxStatus.Dead], history.Select(a => a.Outcome));
        Assert.All(history, a => Assert.Equal("System.InvalidOperationException: poison poison", a.Error));
        Assert.All(history, a => Assert.True(a.StartedAt <= a.EndedAt));
    }

    [Fact]
    public async Task With_no_retry_schedule_a_failure_is_dead_after_one_attempt()
    {
        await using var server = await InboxServer.StartAsync(settings: new()
        {
            ["Webhooks:Inbox:RetrySchedule"] = "none",
            ["Webhooks:Inbox:RetrySchedule:0"] = null,
            ["Webhooks:Inbox:RetrySchedule:1"] = null,
            ["Webhooks:Inbox:RetrySchedule:2"] = null,
        });

        using (await server.SendOpenAI("batch.failed", "once"))
        {
        }

        await InboxServer.WaitUntil(async () => (await server.Find("msg_once"))?.Status == InboxStatus.Dead, "it is dead");
        Assert.Equal([1], server.Log.Attempts("once"));
    }

    [Fact]
    public async Task A_payload_that_does_not_fit_its_contract_is_dead_at_once_and_keeps_its_body()
    {
        await using var server = await InboxServer.StartAsync();
        var body = """{"id":"evt_m","object":"event","type":"batch.expired","data":"not an object"}""";

        using var response = await server.Client.SendAsync(new Webhooks.Testing.WebhookSigner("openai", InboxServer.OpenAISecret)
            .CreateRequest("/webhooks/openai", body, webhookId: "msg_mismatch"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // well-formed JSON: the contract is only checked when processed
        await InboxServer.WaitUntil(async () => (await server.Find("msg_mismatch"))?.Status == InboxStatus.Dead, "it is dead");
        var dead = (await server.Inbox.GetAsync((await server.Find("msg_mismatch"))!.Id))!;
        Assert.Equal(1, dead.Attempts);
        Assert.StartsWith("Webhooks.WebhookPayloadException:", dead.LastError);
        Assert.Equal(body, System.Text.Encoding.UTF8.GetString(dead.Body));
    }

    [Fact]
    public async Task A_dead_letter_replays_and_is_processed_once_the_cause_is_gone()
    {
        var log = new HandlerLog();
        log.FailNext("fixme", times: 4); // every attempt of the schedule fails
        await using var server = await InboxServer.StartAsync(log: log);
        using (await server.SendOpenAI("batch.completed", "fixme"))
        {
        }

        await InboxServer.WaitUntil(async () => (await server.Find("msg_fixme"))?.Status == InboxStatus.Dead, "it is dead");
        var id = (await server.Find("msg_fixme"))!.Id;

        Assert.True(await server.Inbox.ReplayAsync(id));

        await InboxServer.WaitUntil(async () => (await server.Find("msg_fixme"))?.Status == InboxStatus.Processed, "the replay is processed");
        Assert.Equal(1, (await server.Find("msg_fixme"))!.Attempts); // a replay starts the schedule again
        Assert.Equal([1], log.Attempts("fixme"));
        var history = (await server.Inbox.GetAsync(id))!.History;
        Assert.Equal([InboxStatus.Pending, InboxStatus.Pending, InboxStatus.Pending, InboxStatus.Dead, InboxStatus.Processed], history.Select(a => a.Outcome));
    }

    [Fact]
    public async Task Replay_by_filter_takes_only_what_matches_up_to_the_cap()
    {
        var log = new HandlerLog();
        for (var i = 0; i < 5; i++)
        {
            log.FailNext($"d{i}", times: 4);
        }

        await using var server = await InboxServer.StartAsync(log: log);
        for (var i = 0; i < 5; i++)
        {
            using (await server.SendOpenAI("batch.completed", $"d{i}"))
            {
            }
        }

        using (await server.SendOpenAI("batch.completed", "fine"))
        {
        }

        var deadOnly = new InboxFilter { Provider = "openai", Status = InboxStatus.Dead };
        await InboxServer.WaitUntil(async () => (await server.Inbox.ListAsync(deadOnly)).Count == 5, "five are dead");
        var progress = new List<int>();

        var replayed = await server.Inbox.ReplayAsync(deadOnly, max: 3, new SynchronousProgress(progress));

        Assert.Equal(3, replayed);
        Assert.Equal(3, progress[^1]);
        await InboxServer.WaitUntil(() => Enumerable.Range(0, 5).Count(i => log.Runs($"d{i}") == 1) == 3, "three replays ran");
        await InboxServer.WaitUntil(async () => (await server.Inbox.ListAsync(deadOnly)).Count == 2, "two stay dead");
        Assert.Equal(1, log.Runs("fine")); // a processed delivery that didn't match was not replayed
    }

    [Fact]
    public async Task Purge_deletes_what_matches()
    {
        await using var server = await InboxServer.StartAsync();
        using (await server.SendOpenAI("batch.failed", "p1"))
        {
        }

        using (await server.SendOpenAI("batch.completed", "keep"))
        {
        }

        var dead = new InboxFilter { Status = InboxStatus.Dead };
        await InboxServer.WaitUntil(async () => (await server.Inbox.ListAsync(dead)).Count == 1, "p1 is dead");
        await InboxServer.WaitUntil(async () => (await server.Find("msg_keep"))?.Status == InboxStatus.Processed, "keep is processed");

        Assert.Equal(1, await server.Inbox.PurgeAsync(dead));

        var left = Assert.Single(await server.Inbox.ListAsync());
        Assert.Equal("msg_keep", left.DeliveryId);
    }

    [Fact]
    public async Task Retries_wait_as_the_schedule_says_with_full_jitter()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var log = new HandlerLog();
        log.FailNext("timed", times: 1);
        await using var server = await InboxServer.StartAsync(log: log, clock: clock, settings: new()
        {
            ["Webhooks:openai:Tolerance"] = "off",
            ["Webhooks:Inbox:RetrySchedule:0"] = "60",
            ["Webhooks:Inbox:RetrySchedule:1"] = "600",
            ["Webhooks:Inbox:RetrySchedule:2"] = "600",
        });
        var failedAt = clock.GetUtcNow();

        using (await server.SendOpenAI("batch.completed", "timed"))
        {
        }

        await InboxServer.WaitUntil(async () => (await server.Find("msg_timed"))?.LastError is not null, "the first attempt failed");
        var pending = (await server.Find("msg_timed"))!;
        Assert.Equal(InboxStatus.Pending, pending.Status);
        Assert.InRange(pending.DueAt!.Value, failedAt, failedAt.AddSeconds(60).AddMilliseconds(1));
        await Task.Delay(300);
        Assert.Equal(0, log.Runs("timed")); // not before it is due, however often the workers poll

        clock.Advance(TimeSpan.FromSeconds(61));

        await InboxServer.WaitUntil(() => log.Runs("timed") == 1, "the retry ran once it was due");
        Assert.Equal([2], log.Attempts("timed"));
    }

    [Fact]
    public void The_schedule_gives_a_wait_within_each_entry_and_none_after_the_last()
    {
        TimeSpan[] schedule = [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)];
        var random = new Random(7);
        var waits = Enumerable.Range(0, 1000).Select(_ => RetrySchedule.After(schedule, 1, random)!.Value).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.Zero, TimeSpan.FromSeconds(5)));
        Assert.True(waits.Max() > TimeSpan.FromSeconds(4) && waits.Min() < TimeSpan.FromSeconds(1), "full jitter spreads over the whole entry");
        Assert.InRange(RetrySchedule.After(schedule, 2, random)!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Null(RetrySchedule.After(schedule, 3, random));
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
