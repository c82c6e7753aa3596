using System.Diagnostics.Metrics;
using Webhooks.Inbox.Storage;
using Webhooks.Telemetry;

namespace Webhooks.Inbox;

/// <summary>
/// The inbox's depth by provider and status, counted every few seconds, for the gauges and the health check: an
/// observable gauge's callback must not query a database.
/// </summary>
internal sealed class InboxMonitor
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    private readonly IWebhookInboxStore _store;
    private readonly TimeProvider _clock;
    private volatile IReadOnlyList<InboxCounts> _counts = [];

    public InboxMonitor(IWebhookInboxStore store, WebhookMetrics metrics, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        metrics.Meter.CreateObservableGauge("webhooks.inbox.deliveries", ObserveDepth, "{delivery}",
            "Queued deliveries by provider and status (pending, processing, processed, dead).");
        metrics.Meter.CreateObservableGauge("webhooks.inbox.oldest_pending.age", ObserveOldestPending, "s",
            "How long the oldest pending delivery of each provider has waited.");
    }

    public IReadOnlyList<InboxCounts> Counts => _counts;

    /// <summary>Counts now; a store that fails throws, and the last counts stay.</summary>
    public async Task<IReadOnlyList<InboxCounts>> RefreshAsync(CancellationToken cancellationToken)
    {
        var counts = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        _counts = counts;
        return counts;
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                try
                {
                    await RefreshAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // the health check reports an unreachable store; the gauges keep their last values
                }

                await Task.Delay(RefreshInterval, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private IEnumerable<Measurement<long>> ObserveDepth() => _counts.Select(c =>
        new Measurement<long>(c.Count, new("webhooks.provider", c.Provider), new("webhooks.status", c.Status.ToString().ToLowerInvariant())));

    private IEnumerable<Measurement<double>> ObserveOldestPending()
    {
        var now = _clock.GetUtcNow();
        return _counts.Where(c => c.Status == InboxStatus.Pending).Select(c =>
            new Measurement<double>(Math.Max(0, (now - c.OldestReceivedAt).TotalSeconds), new KeyValuePair<string, object?>("webhooks.provider", c.Provider)));
    }
}
