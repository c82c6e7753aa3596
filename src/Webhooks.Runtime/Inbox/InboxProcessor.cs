using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;
using Webhooks.Telemetry;

namespace Webhooks.Inbox;

/// <summary>
/// The workers: claim due deliveries under a lease, run each attempt, record its outcome (in batches, through
/// <see cref="InboxCompletionWriter"/>), and keep the leases of what this instance holds renewed. A slow handler holds one
/// worker, never the others.
/// </summary>
/// <remarks>
/// A worker takes the next delivery as soon as its handler returns; the outcome is committed meanwhile, with the outcomes
/// of the other workers. Claims take as many rows as there are free workers, and while a backlog lasts (the last claim
/// was full) <see cref="ClaimsPerFreeWorker"/> times as many, so that a fast handler doesn't cost a claim transaction
/// per delivery. The rows claimed ahead wait here for a worker; since an instance only claims while none are waiting
/// and a worker is free, slow handlers don't let one instance take rows that another could start now.
/// </remarks>
internal sealed class InboxProcessor(
    IWebhookInboxStore store,
    InboxAttempt attempt,
    InboxSignal signal,
    IOptions<WebhookInboxOptions> options,
    WebhookMetrics metrics,
    TimeProvider clock,
    ILogger<InboxProcessor> logger)
{
    /// <summary>How many rows a claim takes per free worker while a backlog lasts.</summary>
    internal const int ClaimsPerFreeWorker = 4;

    /// <summary>
    /// The most rows an instance holds per worker: a backlog's claims, and as many again finished and waiting for their
    /// outcomes' commit, so that a claim needn't wait for that commit (SQLite's one writer takes them in turn).
    /// </summary>
    internal const int MostHeldPerWorker = 2 * ClaimsPerFreeWorker;

    private readonly WebhookInboxOptions _options = options.Value;
    private readonly int _mostHeld = options.Value.Workers * MostHeldPerWorker;
    private readonly ConcurrentDictionary<long, HeldDelivery> _held = new();
    private readonly Channel<HeldDelivery> _waiting = Channel.CreateUnbounded<HeldDelivery>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly InboxSignal _workerFree = new();
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _stopHandlers = new();
    private readonly InboxCompletionWriter _outcomes = new(store, options.Value.MaxBatchSize);
    private int _running;
    private Task _claimLoop = Task.CompletedTask;
    private Task _renewLoop = Task.CompletedTask;
    private Task _workers = Task.CompletedTask;

    public void Start()
    {
        _outcomes.Start();
        _workers = Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(WorkAsync)));
        _claimLoop = Task.Run(ClaimLoopAsync);
        _renewLoop = Task.Run(RenewLoopAsync);
    }

    /// <summary>
    /// Stops claiming and gives back at once what no worker has started; lets running handlers finish until
    /// <paramref name="cancellationToken"/> (the host's shutdown timeout) fires, then cancels them and gives their
    /// deliveries back too, so that another instance or the next start takes them without waiting for the lease.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopClaiming.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_claimLoop, _renewLoop).ConfigureAwait(false);
        _waiting.Writer.TryComplete();
        await ReleaseAsync(_held.Values.Where(h => h.TryTakeBack()).ToList()).ConfigureAwait(false);
        try
        {
            await _workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _stopHandlers.CancelAsync().ConfigureAwait(false);
            await ReleaseAsync(_held.Values.Where(h => h.IsRunning).ToList()).ConfigureAwait(false);
        }

        await _outcomes.StopAsync().ConfigureAwait(false);
    }

    private async Task ClaimLoopAsync()
    {
        var stopping = _stopClaiming.Token;
        var backlog = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var free = _options.Workers - Volatile.Read(ref _running);
                var room = Math.Min(backlog ? free * ClaimsPerFreeWorker : free, _mostHeld - _held.Count);
                if (room <= 0 || _waiting.Reader.Count > 0)
                {
                    await _workerFree.WaitAsync(_options.PollInterval, stopping).ConfigureAwait(false);
                    continue;
                }

                var lease = NewLease(Guid.NewGuid());
                IReadOnlyList<InboxClaim> claims;
                try
                {
                    claims = await store.ClaimAsync(room, lease, stopping).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    InboxLog.ClaimFailed(logger, exception);
                    await Task.Delay(_options.PollInterval, stopping).ConfigureAwait(false);
                    continue;
                }

                foreach (var claim in claims)
                {
                    // Our own lease ran out while we still hold the row (renewals failed): it is ours again under the new
                    // token, which the attempt records its outcome with; it doesn't run twice here.
                    if (_held.TryGetValue(claim.Id, out var already))
                    {
                        already.Token = lease.Token;
                        continue;
                    }

                    var held = new HeldDelivery(claim, lease.Token);
                    _held[claim.Id] = held;
                    _waiting.Writer.TryWrite(held);
                }

                // Fewer than asked for: nothing else is due now. Wait for new deliveries, or for retries to come due.
                backlog = claims.Count == room;
                if (!backlog)
                {
                    await signal.WaitAsync(_options.PollInterval, stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var held in _waiting.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (!held.TryStart())
            {
                continue; // given back by StopAsync
            }

            Interlocked.Increment(ref _running);
            try
            {
                if (await attempt.RunAsync(held.Claim, _stopHandlers.Token).ConfigureAwait(false) is { } outcome)
                {
                    held.Finish();
                    _ = RecordAsync(held, outcome); // committed with other workers' outcomes while this worker goes on
                }
            }
            catch (Exception exception)
            {
                // Not an outcome: the delivery is let go, and attempted again when its lease expires.
                InboxLog.CompleteFailed(logger, exception, held.Claim.Provider, held.Claim.DeliveryId);
                LetGo(held);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
                _workerFree.Wake();
            }
        }
    }

    private async Task RecordAsync(HeldDelivery held, InboxOutcome outcome)
    {
        var claim = held.Claim;
        try
        {
            if (!await _outcomes.RecordAsync(new InboxCompletion(claim.Id, held.Token, outcome)).ConfigureAwait(false))
            {
                InboxLog.LeaseLost(logger, claim.Provider, claim.DeliveryId);
                return;
            }
        }
        catch (Exception exception)
        {
            // The lease runs out and the delivery is attempted again: at least once, never lost.
            InboxLog.CompleteFailed(logger, exception, claim.Provider, claim.DeliveryId);
            return;
        }
        finally
        {
            LetGo(held);
        }

        metrics.Attempted(claim.Provider, claim.EventType, outcome.Status switch
        {
            InboxStatus.Processed => "processed",
            InboxStatus.Pending => "retry",
            _ => "dead",
        });
        switch (outcome.Status)
        {
            case InboxStatus.Processed:
                InboxLog.Processed(logger, claim.Provider, claim.DeliveryId, claim.EventType, claim.Attempt);
                break;
            case InboxStatus.Pending:
                InboxLog.WillRetry(logger, claim.Provider, claim.DeliveryId, claim.EventType, claim.Attempt, outcome.DueAt, outcome.Error);
                break;
            default:
                InboxLog.DeadLettered(logger, claim.Provider, claim.DeliveryId, claim.EventType, claim.Attempt, outcome.Error);
                break;
        }
    }

    private void LetGo(HeldDelivery held)
    {
        _held.TryRemove(new KeyValuePair<long, HeldDelivery>(held.Id, held));
        _workerFree.Wake();
    }

    private async Task RenewLoopAsync()
    {
        var interval = _options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, clock, _stopClaiming.Token).ConfigureAwait(false);
                foreach (var group in _held.Values.GroupBy(h => h.Token))
                {
                    try
                    {
                        await store.RenewAsync(group.Select(h => h.Id).ToList(), NewLease(group.Key), CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        InboxLog.RenewFailed(logger, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping; what still runs is released by StopAsync if it doesn't finish in time
        }
    }

    private async Task ReleaseAsync(List<HeldDelivery> unfinished)
    {
        foreach (var group in unfinished.GroupBy(h => h.Token))
        {
            try
            {
                await store.ReleaseAsync(group.Select(h => h.Id).ToList(), group.Key, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                InboxLog.ReleaseFailed(logger, exception); // their leases expire instead
            }
        }

        foreach (var held in unfinished)
        {
            _held.TryRemove(new KeyValuePair<long, HeldDelivery>(held.Id, held));
        }
    }

    private InboxLease NewLease(Guid token)
    {
        var now = clock.GetUtcNow();
        return new InboxLease(token, now, now + _options.LeaseDuration);
    }
}
