using System.Diagnostics;
using System.Globalization;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Benchmarks;

/// <summary>
/// A diagnostic around the real store (benchmarks/e2e.sh reads it from <c>/stats/all</c>): how many write transactions
/// each kind of call made and how many deliveries the group commit put in each. One interlocked add per call, next to
/// a commit that syncs to disk; <c>--Bench:CountStore=false</c> runs <c>UseSqliteStorage</c> without it.
/// It passes the inner store's wake-ups on (PostgreSQL's LISTEN/NOTIFY), and can hold the workers back
/// (<see cref="Processing"/>), so that benchmarks/postgres-drain.sh can store a backlog first and then time its drain.
/// </summary>
public sealed class CountingInboxStore(IWebhookInboxStore inner) : IWebhookInboxStore, IWebhookInboxListener, IDisposable
{
    private volatile bool _processing = true;
    private volatile Action? _wake;
    private long _adds, _added, _stored, _addTicks, _claims, _claimed, _completes, _completed, _inlineClaims, _inlineCompletes, _other;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"adds={Read(ref _adds)} added={Read(ref _added)} stored={Read(ref _stored)} add_ms={Read(ref _addTicks) * 1000.0 / Stopwatch.Frequency:0} " +
        $"claims={Read(ref _claims)} claimed={Read(ref _claimed)} completes={Read(ref _completes)} completed={Read(ref _completed)} " +
        $"inline_claims={Read(ref _inlineClaims)} inline_completes={Read(ref _inlineCompletes)} other_writes={Read(ref _other)}");

    /// <summary>Whether claims reach the store; while false, workers find nothing due. Setting it true wakes them at once.</summary>
    public bool Processing
    {
        get => _processing;
        set
        {
            _processing = value;
            if (value)
            {
                _wake?.Invoke();
            }
        }
    }

    public async Task ListenAsync(Action newDeliveries, CancellationToken cancellationToken)
    {
        _wake = newDeliveries;
        if (inner is IWebhookInboxListener listener)
        {
            await listener.ListenAsync(newDeliveries, cancellationToken).ConfigureAwait(false);
            return;
        }

        await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
    }

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public async ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var stored = await inner.AddAsync(deliveries, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _addTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _adds);
        Interlocked.Add(ref _added, deliveries.Count);
        Interlocked.Add(ref _stored, stored.Count(s => s));
        return stored;
    }

    public async ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken)
    {
        if (!_processing)
        {
            return [];
        }

        var claims = await inner.ClaimAsync(max, lease, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _claims);
        Interlocked.Add(ref _claimed, claims.Count);
        return claims;
    }

    public ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.RenewAsync(ids, lease, cancellationToken);
    }

    public ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _completes);
        Interlocked.Add(ref _completed, completions.Count);
        return inner.CompleteAsync(completions, cancellationToken);
    }

    public ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.ReleaseAsync(ids, claimToken, now, cancellationToken);
    }

    public ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inlineClaims);
        return inner.TryClaimInlineAsync(provider, key, lease, cancellationToken);
    }

    public ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inlineCompletes);
        return inner.CompleteInlineAsync(provider, key, now, cancellationToken);
    }

    public ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.ReleaseInlineAsync(provider, key, cancellationToken);
    }

    public ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken) =>
        inner.ListAsync(filter, beforeId, limit, cancellationToken);

    public ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.ReplayAsync(filter, afterId, limit, now, cancellationToken);
    }

    public ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.PurgeAsync(filter, limit, cancellationToken);
    }

    public ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _other);
        return inner.DeleteProcessedAsync(before, limit, cancellationToken);
    }

    public ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static long Read(ref long counter) => Interlocked.Read(ref counter);
}
