using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Webhooks.Telemetry;

/// <summary>
/// The <c>Webhooks</c> meter's instruments, and the rejection tallies the dashboard shows. Nothing is allocated when
/// nobody listens: the instruments check for listeners first, and tags are passed as values.
/// </summary>
internal sealed class WebhookMetrics
{
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _handlerDuration;
    private readonly Counter<long> _attempts;
    private readonly ConcurrentDictionary<(string Provider, string Reason), long> _rejections = new();

    public WebhookMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(WebhooksTelemetry.Name);
        _deliveries = Meter.CreateCounter<long>("webhooks.deliveries", "{delivery}", "Deliveries received, by provider, event type and outcome.");
        _handlerDuration = Meter.CreateHistogram<double>("webhooks.handler.duration", "s", "How long handlers ran, inline and queued.");
        _attempts = Meter.CreateCounter<long>("webhooks.inbox.attempts", "{attempt}", "Attempts at queued deliveries, by outcome: processed, retry or dead.");
    }

    public Meter Meter { get; }

    public void Received(string provider, string? eventType, string outcome)
    {
        if (_deliveries.Enabled)
        {
            _deliveries.Add(1, new("webhooks.provider", provider), new("webhooks.event_type", eventType), new("webhooks.outcome", outcome));
        }
    }

    public void Rejected(string provider, string reason)
    {
        _rejections.AddOrUpdate((provider, reason), 1, static (_, n) => n + 1);
        if (_deliveries.Enabled)
        {
            _deliveries.Add(1, new("webhooks.provider", provider), new("webhooks.outcome", DeliveryOutcome.Rejected), new("webhooks.reason", reason));
        }
    }

    /// <summary>The timestamp to pass to <see cref="HandlerRan"/>; 0, without reading the clock, when nobody listens.</summary>
    public long HandlerStarting() => _handlerDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    public void HandlerRan(string provider, string eventType, long startTimestamp, bool succeeded)
    {
        // 0: nobody listened when the handler started, so there is no start to measure from.
        if (_handlerDuration.Enabled && startTimestamp != 0)
        {
            var tags = new TagList
            {
                { "webhooks.provider", provider },
                { "webhooks.event_type", eventType },
                { "webhooks.succeeded", succeeded },
            };
            _handlerDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
        }
    }

    public void Attempted(string provider, string eventType, string outcome)
    {
        if (_attempts.Enabled)
        {
            _attempts.Add(1, new("webhooks.provider", provider), new("webhooks.event_type", eventType), new("webhooks.outcome", outcome));
        }
    }

    /// <summary>Rejections since the app started, by provider and reason.</summary>
    public IReadOnlyList<(string Provider, string Reason, long Count)> Rejections() =>
        _rejections.Select(r => (r.Key.Provider, r.Key.Reason, r.Value)).OrderBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal).ToList();
}
