using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Durability.Tests;

/// <summary>How a store call fails while a fault is switched on.</summary>
public enum Fault
{
    /// <summary>Healthy: the real store's answer.</summary>
    None,

    /// <summary>Throws without touching the database (the disk is full, the connection is gone): nothing committed.</summary>
    FailBeforeCommit,

    /// <summary>Commits through the real store, then throws (the answer was lost): the caller can't know it committed.</summary>
    FailAfterCommit,

    /// <summary>Waits <see cref="FaultyStore.StallFor"/>, then goes on (a store that hangs, then recovers).</summary>
    Stall,
}

/// <summary>
/// The real SQLite store with faults injected at the storage seam, switched on and off while the app runs: AddAsync
/// (receive), ClaimAsync and CompleteAsync (the workers). Counts each fault it injects.
/// </summary>
public sealed class FaultyStore(IWebhookInboxStore inner) : IWebhookInboxStore
{
    // Test-only break (WEBHOOKS_DURABILITY_BREAK=lie): while AddAsync fails, say the deliveries were stored.
    private static readonly bool Lie = Environment.GetEnvironmentVariable("WEBHOOKS_DURABILITY_BREAK") == "lie";

    private readonly ConcurrentDictionary<long, string> _claimed = new();
    private volatile Fault _add;
    private volatile Fault _claim;
    private volatile Fault _complete;
    private int _addFailedBefore;
    private int _addFailedAfter;
    private int _addStalled;
    private int _claimFailedBefore;
    private int _claimFailedAfter;
    private int _completeFailedBefore;
    private int _completeFailedAfter;

    public Fault Add { get => _add; set => _add = value; }

    public Fault Claim { get => _claim; set => _claim = value; }

    public Fault Complete { get => _complete; set => _complete = value; }

    public TimeSpan StallFor { get; set; } = TimeSpan.FromSeconds(1.2);

    public int AddFailedBefore => Volatile.Read(ref _addFailedBefore);

    public int AddFailedAfter => Volatile.Read(ref _addFailedAfter);

    public int AddStalled => Volatile.Read(ref _addStalled);

    public int ClaimFailedBefore => Volatile.Read(ref _claimFailedBefore);

    public int ClaimFailedAfter => Volatile.Read(ref _claimFailedAfter);

    public int CompleteFailedBefore => Volatile.Read(ref _completeFailedBefore);

    public int CompleteFailedAfter => Volatile.Read(ref _completeFailedAfter);

    /// <summary>Deliveries whose handler ran but whose outcome was never recorded (CompleteAsync failed before commit): they run again.</summary>
    public ConcurrentDictionary<string, byte> NotCompleted { get; } = new(StringComparer.Ordinal);

    public void Heal() => (Add, Claim, Complete) = (Fault.None, Fault.None, Fault.None);

    public async ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken)
    {
        switch (Add)
        {
            case Fault.FailBeforeCommit:
                Interlocked.Increment(ref _addFailedBefore);
                return Lie ? deliveries.Select(_ => true).ToArray() : throw Full();
            case Fault.FailAfterCommit:
                await inner.AddAsync(deliveries, cancellationToken);
                Interlocked.Increment(ref _addFailedAfter);
                throw Full();
            case Fault.Stall:
                Interlocked.Increment(ref _addStalled);
                await Task.Delay(StallFor, CancellationToken.None);
                break;
        }

        return await inner.AddAsync(deliveries, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken)
    {
        switch (Claim)
        {
            case Fault.FailBeforeCommit:
                Interlocked.Increment(ref _claimFailedBefore);
                throw Full();
            case Fault.FailAfterCommit:
                var lost = await inner.ClaimAsync(max, lease, cancellationToken);
                if (lost.Count == 0)
                {
                    return lost; // nothing was claimed, so nothing is lost: no fault to count
                }

                Interlocked.Increment(ref _claimFailedAfter);
                throw Full();
        }

        var claims = await inner.ClaimAsync(max, lease, cancellationToken);
        foreach (var claim in claims)
        {
            _claimed[claim.Id] = claim.DeliveryId;
        }

        return claims;
    }

    public async ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken)
    {
        switch (Complete)
        {
            case Fault.FailBeforeCommit:
                Interlocked.Increment(ref _completeFailedBefore);
                foreach (var completion in completions)
                {
                    if (_claimed.TryGetValue(completion.Id, out var deliveryId))
                    {
                        NotCompleted.TryAdd(deliveryId, 0);
                    }
                }

                throw Full();
            case Fault.FailAfterCommit:
                await inner.CompleteAsync(completions, cancellationToken);
                Interlocked.Increment(ref _completeFailedAfter);
                throw Full();
        }

        return await inner.CompleteAsync(completions, cancellationToken);
    }

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken) => inner.RenewAsync(ids, lease, cancellationToken);

    public ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(ids, claimToken, now, cancellationToken);

    public ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken) =>
        inner.TryClaimInlineAsync(provider, key, lease, cancellationToken);

    public ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.CompleteInlineAsync(provider, key, now, cancellationToken);

    public ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken) => inner.ReleaseInlineAsync(provider, key, cancellationToken);

    public ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken) =>
        inner.ListAsync(filter, beforeId, limit, cancellationToken);

    public ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ReplayAsync(filter, afterId, limit, now, cancellationToken);

    public ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken) => inner.PurgeAsync(filter, limit, cancellationToken);

    public ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        inner.DeleteProcessedAsync(before, limit, cancellationToken);

    public ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    // What SQLite says when the disk is full (SQLITE_FULL).
    private static SqliteException Full() => new("SQLite Error 13: 'database or disk is full'. (injected)", 13);
}
