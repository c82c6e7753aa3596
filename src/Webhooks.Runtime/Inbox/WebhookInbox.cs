using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// Inspection and repair of the durable inbox: look deliveries up, replay dead (or any) ones, purge. Resolve it from
/// the services of an app that called <c>UseSqliteStorage()</c> or <c>UsePostgreSqlStorage(…)</c>.
/// </summary>
public sealed class WebhookInbox
{
    /// <summary>The most deliveries one call lists.</summary>
    public const int MaxPageSize = 500;

    private const int ReplayBatch = 500;
    private readonly IWebhookInboxStore _store;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _clock;

    internal WebhookInbox(IWebhookInboxStore store, InboxSignal signal, TimeProvider clock)
    {
        _store = store;
        _signal = signal;
        _clock = clock;
    }

    /// <summary>One delivery, with its headers and body; <c>null</c> when there is none with that id.</summary>
    public ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken = default) => _store.GetAsync(id, cancellationToken);

    /// <summary>The headers stored with a delivery (credentials are never stored).</summary>
    public static IReadOnlyDictionary<string, string[]> HeadersOf(InboxDelivery delivery) =>
        StoredHeaders.Decode(delivery.Headers).ToDictionary(h => h.Key, h => h.Value.ToArray().OfType<string>().ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A page of the deliveries that match <paramref name="filter"/>, newest first. For the next page, pass the last
    /// one's id as <paramref name="beforeId"/>.
    /// </summary>
    public ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter? filter = null, long? beforeId = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        return _store.ListAsync(filter ?? InboxFilter.All, beforeId, limit, cancellationToken);
    }

    /// <summary>Makes one delivery pending and due now, its attempts reset; <c>false</c> when it doesn't exist or is being processed.</summary>
    public async ValueTask<bool> ReplayAsync(long id, CancellationToken cancellationToken = default)
    {
        var replayed = await _store.ReplayAsync(new InboxFilter { Id = id }, 0, 1, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var found = replayed.Count == 1;
        if (found)
        {
            _signal.Wake();
        }

        return found;
    }

    /// <summary>
    /// Replays up to <paramref name="max"/> deliveries that match <paramref name="filter"/> (such as every dead letter of a
    /// provider), in batches; cancelling stops after the batch under way. Returns how many were replayed.
    /// </summary>
    public async Task<int> ReplayAsync(InboxFilter filter, int max, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var total = 0;
        var afterId = 0L;
        while (total < max && !cancellationToken.IsCancellationRequested)
        {
            var batch = await _store.ReplayAsync(filter, afterId, Math.Min(ReplayBatch, max - total), _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            total += batch.Count;
            afterId = batch[^1];
            _signal.Wake();
            progress?.Report(total);
        }

        return total;
    }

    /// <summary>Deletes the deliveries that match <paramref name="filter"/>, except those being processed; returns how many.</summary>
    public async Task<int> PurgeAsync(InboxFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var total = 0;
        int deleted;
        do
        {
            deleted = await _store.PurgeAsync(filter, InboxSweeper.BatchSize, cancellationToken).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == InboxSweeper.BatchSize && !cancellationToken.IsCancellationRequested);

        return total;
    }

    /// <summary>How many deliveries each provider has in each status, with the oldest one's receipt time.</summary>
    public ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken = default) => _store.CountAsync(cancellationToken);
}
