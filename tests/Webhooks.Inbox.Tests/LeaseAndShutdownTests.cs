using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>Leases: renewed while a handler runs, given back at shutdown, taken over when they expire.</summary>
public sealed class LeaseAndShutdownTests
{
    [Fact]
    public async Task A_graceful_stop_gives_an_unfinished_delivery_back_and_the_next_start_processes_it()
    {
        var folder = InboxServer.NewFolder();
        var log = new HandlerLog();
        log.Gates["slow"] = new TaskCompletionSource();
        var first = await InboxServer.StartAsync(folder, log, shutdownTimeout: TimeSpan.FromMilliseconds(300));
        using (var response = await first.SendOpenAI("batch.cancelled", "slow"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await log.Entered.GetOrAdd("slow", _ => new TaskCompletionSource()).Task.WaitAsync(TimeSpan.FromSeconds(15));

        await first.StopAsync(); // the handler ignores the gate, so the shutdown timeout cancels it
        var released = (await first.Find("msg_slow"))!;
        await first.DisposeAsync();

        Assert.Equal(InboxStatus.Pending, released.Status);
        Assert.Equal(0, released.Attempts); // the attempt that was cut short doesn't count
        Assert.Equal(0, log.Runs("slow"));

        log.Gates.TryRemove("slow", out _);
        await using var second = await InboxServer.StartAsync(folder, log);
        await InboxServer.WaitUntil(() => log.Runs("slow") == 1, "the next start processed it");
    }

    [Fact]
    public async Task A_graceful_stop_lets_a_running_handler_finish_within_the_shutdown_timeout()
    {
        var log = new HandlerLog();
        var gate = log.Gates["finishing"] = new TaskCompletionSource();
        var server = await InboxServer.StartAsync(log: log, shutdownTimeout: TimeSpan.FromSeconds(20));
        using (await server.SendOpenAI("batch.cancelled", "finishing"))
        {
        }

        await log.Entered.GetOrAdd("finishing", _ => new TaskCompletionSource()).Task.WaitAsync(TimeSpan.FromSeconds(15));

        var stopping = server.StopAsync();
        await Task.Delay(200);
        Assert.False(stopping.IsCompleted); // waiting for the handler
        gate.SetResult();
        await stopping;

        Assert.Equal(InboxStatus.Processed, (await server.Find("msg_finishing"))!.Status);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_running_handler_keeps_its_lease_renewed_and_an_expired_lease_is_taken_over()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var log = new HandlerLog();
        var gate = log.Gates["long"] = new TaskCompletionSource();
        await using var server = await InboxServer.StartAsync(log: log, clock: clock, settings: new()
        {
            ["Webhooks:openai:Tolerance"] = "off",
            ["Webhooks:Inbox:LeaseDuration"] = "30",
        });
        using (await server.SendOpenAI("batch.cancelled", "long"))
        {
        }

        await log.Entered.GetOrAdd("long", _ => new TaskCompletionSource()).Task.WaitAsync(TimeSpan.FromSeconds(15));
        var store = server.Services.GetRequiredService<IWebhookInboxStore>();

        // Three lease lengths pass while the handler runs: the renewals (every 10 s) keep anyone else from claiming it.
        for (var i = 0; i < 9; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100); // let the renewal run
        }

        var other = Guid.NewGuid();
        Assert.Empty(await store.ClaimAsync(10, new InboxLease(other, clock.GetUtcNow(), clock.GetUtcNow().AddSeconds(30)), default));

        // A process that died renews nothing: past its lease, another worker claims the row and the old token is void.
        var later = clock.GetUtcNow().AddSeconds(31);
        var takeover = await store.ClaimAsync(10, new InboxLease(other, later, later.AddSeconds(30)), default);
        Assert.Single(takeover);
        Assert.Equal(2, takeover[0].Attempt);
        gate.SetResult();
        await InboxServer.WaitUntil(() => log.Runs("long") == 1, "the first handler finished");
        await Task.Delay(200);
        Assert.Equal(InboxStatus.Processing, (await server.Find("msg_long"))!.Status); // its completion was refused: not its lease any more
        var recorded = await store.CompleteAsync([new InboxCompletion(takeover[0].Id, other, InboxOutcome.Processed(later))], default);
        Assert.Equal([true], recorded);
    }
}
