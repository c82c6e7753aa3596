using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;
using Webhooks.Telemetry;

namespace Webhooks.Inbox;

/// <summary>
/// The workers: claim due deliveries under a lease, as many as there are free workers, run each attempt, record its
/// outcome (in batches, through <see cref="InboxCompletionWriter"/>), and keep the leases of running handlers renewed.
/// A slow handler holds one worker, never the others.
/// </summary>
internal sealed class InboxProcessor(
    IWebhookInboxStore store,
    InboxAttempt attempt,
    InboxSignal signal,
    IOptions<WebhookInboxOptions> options,
    WebhookMetrics metrics,
    TimeProvider clock,
    ILogger<InboxProcessor> logger)
{
    private readonly WebhookInboxOptions _options = options.Value;
    private readonly SemaphoreSlim _freeWorkers = new(options.Value.Workers, options.Value.Workers);
    private readonly ConcurrentDictionary<long, Running> _running = new();
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _stopHandlers = new();
    private readonly InboxCompletionWriter _outcomes = new(store, options.Value.MaxBatchSize);
    private Task? _claimLoop;
    private Task? _renewLoop;

    public void Start()
    {
        _outcomes.Start();
        _claimLoop = Task.Run(ClaimLoopAsync);
        _renewLoop = Task.Run(RenewLoopAsync);
    }

    /// <summary>
    /// Stops claiming, lets running handlers finish until <paramref name="cancellationToken"/> (the host's shutdown
    /// timeout) fires, then cancels them and gives their deliveries back at once, so that another instance or the next
    /// start takes them without waiting for the lease.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopClaiming.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_claimLoop ?? Task.CompletedTask, _renewLoop ?? Task.CompletedTask).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Values.Select(r => r.Task)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Taken before the handlers are cancelled: a cancelled attempt leaves the running set as it ends.
            var unfinished = _running.Values.ToList();
            await _stopHandlers.CancelAsync().ConfigureAwait(false);
            await ReleaseAsync(unfinished).ConfigureAwait(false);
        }

        await _outcomes.StopAsync().ConfigureAwait(false);
    }

    private async Task ClaimLoopAsync()
    {
        var stopping = _stopClaiming.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _freeWorkers.WaitAsync(stopping).ConfigureAwait(false);
                var free = 1;
                while (_freeWorkers.Wait(0))
                {
                    free++;
                }

                var lease = NewLease(Guid.NewGuid());
                IReadOnlyList<InboxClaim> claims;
                try
                {
                    claims = await store.ClaimAsync(free, lease, stopping).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _freeWorkers.Release(free);
                    InboxLog.ClaimFailed(logger, exception);
                    await Task.Delay(_options.PollInterval, stopping).ConfigureAwait(false);
                    continue;
                }

                if (free > claims.Count)
                {
                    _freeWorkers.Release(free - claims.Count);
                }

                foreach (var claim in claims)
                {
                    // Our own lease ran out while its handler still runs (renewals failed): the row is ours again under
                    // the new token, which the running attempt now records its outcome with; it doesn't run twice here.
                    if (_running.TryGetValue(claim.Id, out var already))
                    {
                        already.Token = lease.Token;
                        _freeWorkers.Release();
                        continue;
                    }

                    var running = new Running(claim.Id, lease.Token);
                    _running[claim.Id] = running;
                    running.Task = RunAsync(claim, running);
                }

                // Fewer than asked for: nothing else is due now. Wait for new deliveries, or for retries to come due.
                if (claims.Count < free)
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

    private async Task RunAsync(InboxClaim claim, Running running)
    {
        await Task.Yield(); // the claim loop goes on claiming while this runs
        try
        {
            var outcome = await attempt.RunAsync(claim, _stopHandlers.Token).ConfigureAwait(false);
            if (outcome is { } done)
            {
                await RecordAsync(claim, running.Token, done).ConfigureAwait(false);
            }
        }
        finally
        {
            _running.TryRemove(claim.Id, out _);
            _freeWorkers.Release();
        }
    }

    private async Task RecordAsync(InboxClaim claim, Guid token, InboxOutcome outcome)
    {
        try
        {
            if (!await _outcomes.RecordAsync(new InboxCompletion(claim.Id, token, outcome)).ConfigureAwait(false))
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

    private async Task RenewLoopAsync()
    {
        var interval = _options.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, clock, _stopClaiming.Token).ConfigureAwait(false);
                foreach (var group in _running.Values.GroupBy(r => r.Token))
                {
                    try
                    {
                        await store.RenewAsync(group.Select(r => r.Id).ToList(), NewLease(group.Key), CancellationToken.None).ConfigureAwait(false);
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

    private async Task ReleaseAsync(List<Running> unfinished)
    {
        foreach (var group in unfinished.GroupBy(r => r.Token))
        {
            try
            {
                await store.ReleaseAsync(group.Select(r => r.Id).ToList(), group.Key, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                InboxLog.ReleaseFailed(logger, exception); // their leases expire instead
            }
        }
    }

    private InboxLease NewLease(Guid token)
    {
        var now = clock.GetUtcNow();
        return new InboxLease(token, now, now + _options.LeaseDuration);
    }

    private sealed class Running(long id, Guid token)
    {
        // Boxed, so that the renewal loop reads it whole while the claim loop replaces it.
        private object _token = token;

        public long Id => id;

        /// <summary>The claim token the row is held under now; a re-claim of a row still running replaces it.</summary>
        public Guid Token
        {
            get => (Guid)Volatile.Read(ref _token);
            set => Volatile.Write(ref _token, value);
        }

        public Task Task { get; set; } = Task.CompletedTask;
    }
}
