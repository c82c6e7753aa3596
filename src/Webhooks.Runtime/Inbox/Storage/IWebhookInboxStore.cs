using Webhooks.Idempotency;

namespace Webhooks.Inbox.Storage;

/// <summary>
/// The storage seam of the durable inbox: one table of deliveries, unique on (provider, delivery id), that is both the
/// queue of queued providers and the dedupe of every provider. SQLite and PostgreSQL implement it; the runtime does the
/// rest (group commit, workers, retries, retention) on top of it.
/// </summary>
/// <remarks>
/// For storage implementers. Every method that changes a row commits before it returns: an acknowledgement is sent
/// only after <see cref="AddAsync"/> has returned. A leased row is changed only by the holder of its claim token, so that
/// a worker whose lease expired can't complete or renew a row that another worker has claimed since.
/// </remarks>
public interface IWebhookInboxStore
{
    /// <summary>Creates or upgrades the schema. Called once at start-up; safe when several instances start at once.</summary>
    ValueTask InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores queued deliveries in one transaction (group commit). Returns, for each delivery in order, <c>true</c> when it
    /// was stored and <c>false</c> when a row with its provider and delivery id already existed (it is not changed).
    /// Rows of one call may be stored in another order than given (PostgreSQL inserts them in key order, so that two
    /// instances storing the same redeliveries don't deadlock); rows of later calls come after them.
    /// </summary>
    ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> queued deliveries that are due (pending with <c>DueAt</c> ≤ now) or whose lease
    /// has expired, oldest due first: each becomes <see cref="InboxStatus.Processing"/> under <paramref name="lease"/>,
    /// and its attempt count goes up by one.
    /// </summary>
    ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease of the rows still held under <paramref name="lease"/>'s token; returns how many.</summary>
    ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records attempts' outcomes in one transaction (group commit), each for a row still held under its claim token and
    /// with the attempt in the row's history (started when claimed). Returns, for each completion in order, <c>true</c>
    /// when it was recorded and <c>false</c> when its row isn't held under its token (that row is not changed; the others
    /// are). The ids of one call are distinct.
    /// </summary>
    ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken);

    /// <summary>
    /// Gives rows still held under <paramref name="claimToken"/> back (graceful shutdown): pending, due at
    /// <paramref name="now"/>, and the attempt that didn't run is not counted.
    /// </summary>
    ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Inline dedupe: claims (provider, key) with a row that holds no body, unless a row exists. An inline claim whose
    /// lease expired (its process died) is taken over. A queued row counts as processed: the inbox has it.
    /// </summary>
    ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken);

    /// <summary>Inline dedupe: the claimed delivery was processed at <paramref name="now"/>.</summary>
    ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Inline dedupe: forgets an inline claim that is still in progress, so that the provider's retry runs.</summary>
    ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken);

    /// <summary>One queued delivery with its headers, body and attempt history, or <c>null</c>.</summary>
    ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Queued deliveries that match <paramref name="filter"/>, newest first, with ids below <paramref name="beforeId"/> when given.</summary>
    ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Makes up to <paramref name="limit"/> matching queued deliveries with ids above <paramref name="afterId"/>, in id
    /// order, pending and due at <paramref name="now"/> with their attempts reset; rows being processed are left alone.
    /// Returns the ids replayed.
    /// </summary>
    ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="limit"/> matching queued deliveries that are not being processed, with their history; returns how many.</summary>
    ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes up to <paramref name="limit"/> rows processed (queued or inline) before <paramref name="before"/>,
    /// and inline claims whose lease expired before it (their request's process died and no redelivery came).
    /// </summary>
    ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>Queued deliveries by provider and status, each with its oldest delivery's receipt time.</summary>
    ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken);
}
