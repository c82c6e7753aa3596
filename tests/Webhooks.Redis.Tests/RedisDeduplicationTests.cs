using Xunit.Abstractions;

namespace Webhooks.Redis.Tests;

/// <summary>Several inline instances agree through one Redis: claim, processed, release; and a Redis outage fails safe.</summary>
public sealed class RedisDeduplicationTests(ITestOutputHelper output)
{
    [RedisFact]
    public async Task A_delivery_sent_to_two_instances_runs_once()
    {
        using var redis = new RedisServer();
        var log = new RunLog();
        await using var a = await RedisApp.StartAsync(redis, log);
        await using var b = await RedisApp.StartAsync(redis, log);

        Assert.Equal(HttpStatusCode.OK, await a.Ping("d-1"));
        Assert.Equal(HttpStatusCode.OK, await b.Ping("d-1"));
        Assert.Equal(HttpStatusCode.OK, await a.Ping("d-1"));

        Assert.Equal(1, log.RunsOf("d-1"));
    }

    [RedisFact]
    public async Task A_redelivery_while_the_first_runs_on_another_instance_is_answered_409()
    {
        using var redis = new RedisServer();
        var log = new RunLog();
        var gate = log.Gates["slow"] = new TaskCompletionSource();
        await using var a = await RedisApp.StartAsync(redis, log);
        await using var b = await RedisApp.StartAsync(redis, log);

        var first = a.Ping("slow");
        await log.Entered.GetOrAdd("slow", _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.Conflict, await b.Ping("slow"));
        gate.SetResult();

        Assert.Equal(HttpStatusCode.OK, await first);
        Assert.Equal(HttpStatusCode.OK, await b.Ping("slow"));
        Assert.Equal(1, log.RunsOf("slow"));
    }

    [RedisFact]
    public async Task A_failed_handler_releases_its_claim_so_that_the_retry_runs()
    {
        using var redis = new RedisServer();
        var log = new RunLog();
        log.FailuresLeft["flaky"] = 1;
        await using var a = await RedisApp.StartAsync(redis, log);
        await using var b = await RedisApp.StartAsync(redis, log);

        Assert.Equal(HttpStatusCode.InternalServerError, await a.Ping("flaky"));
        Assert.Equal(HttpStatusCode.OK, await b.Ping("flaky"));

        Assert.Equal(1, log.RunsOf("flaky"));
    }

    [RedisFact]
    public async Task While_Redis_is_down_deliveries_are_answered_503_and_none_runs_unclaimed()
    {
        using var redis = new RedisServer();
        var log = new RunLog();
        await using var app = await RedisApp.StartAsync(redis, log);
        Assert.Equal(HttpStatusCode.OK, await app.Ping("before"));

        redis.Kill();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await app.Ping("during"));
        Assert.Equal(0, log.RunsOf("during"));

        redis.Start();
        await WaitUntilAnswered(app, "after");
        Assert.Equal(1, log.RunsOf("after"));
        Assert.Equal(HttpStatusCode.OK, await app.Ping("before")); // remembered across the restart (append-only file)
        Assert.Equal(1, log.RunsOf("before"));
    }

    [RedisFact]
    public async Task A_Redis_restart_under_load_never_runs_a_delivery_twice_and_the_instances_recover()
    {
        using var redis = new RedisServer();
        var log = new RunLog();
        await using var a = await RedisApp.StartAsync(redis, log);
        await using var b = await RedisApp.StartAsync(redis, log);
        var ids = Enumerable.Range(0, 400).Select(i => $"load-{i}").ToList();
        var answers = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        // Each id goes to both instances, twice; Redis is killed and started again in the middle.
        var load = Parallel.ForEachAsync(ids.Concat(ids), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
        {
            answers.Add(await a.Ping(id));
            answers.Add(await b.Ping(id));
        });
        await Task.Delay(150);
        redis.Kill();
        await Task.Delay(2500); // longer than the client's 1 s timeouts, which would otherwise ride out the restart
        redis.Start();
        await load;

        // The instances recover without a restart: a new delivery is handled at once.
        await WaitUntilAnswered(a, "after-restart");
        Assert.Equal(HttpStatusCode.OK, await b.Ping("after-restart"));

        // A provider's retries: each delivery is now processed (200) or, where Redis went down between a claim and its
        // settling, still held by that claim (409) until ClaimTimeout; never run a second time.
        var retries = new Dictionary<string, HttpStatusCode>();
        foreach (var id in ids)
        {
            retries[id] = await a.Ping(id);
        }

        var counts = answers.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"answers under load: {string.Join(", ", counts.Select(c => $"{(int)c.Key}: {c.Value}"))}");
        output.WriteLine($"deliveries: {ids.Count}, ran once: {ids.Count(id => log.RunsOf(id) == 1)}, ran twice or more: {ids.Count(id => log.RunsOf(id) > 1)}, " +
            $"never: {ids.Count(id => log.RunsOf(id) == 0)}, held by an unsettled claim afterwards: {retries.Count(r => r.Value == HttpStatusCode.Conflict)}");
        Assert.All(counts.Keys, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.ServiceUnavailable }));
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) > 0, "the restart was not observed: the test proved nothing");
        Assert.All(retries.Values, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.All(ids, id => Assert.InRange(log.RunsOf(id), 0, 1));
        Assert.All(ids.Where(id => retries[id] == HttpStatusCode.OK), id => Assert.Equal(1, log.RunsOf(id)));
    }

    // As a provider does: send again until the answer is 2xx.
    private static async Task WaitUntilAnswered(RedisApp app, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await app.Ping(id) != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{id} was not answered 200 within 20 s");
            await Task.Delay(100);
        }
    }
}
