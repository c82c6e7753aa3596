using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Webhooks.Telemetry;
using Webhooks.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>The <c>Webhooks</c> meter and activity source, read as an exporter would, and the throttled rejection log.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Deliveries_attempts_and_handler_durations_are_measured_by_outcome()
    {
        await using var server = await InboxServer.StartAsync();
        using var measured = new MeasurementsOf(server.Services.GetRequiredService<WebhookMetrics>().Meter);

        using (await server.SendOpenAI("batch.completed", "m1"))
        {
        }

        using (await server.SendOpenAI("batch.completed", "m1"))
        {
        }

        using (await server.Client.SendAsync(new WebhookSigner("openai", "whsec_" + Convert.ToBase64String(new byte[32]))
            .CreateRequest("/webhooks/openai", InboxServer.OpenAIBody("batch.completed", "forged"))))
        {
        }

        await InboxServer.WaitUntil(() => measured.Sum("webhooks.inbox.attempts", ("webhooks.outcome", "processed")) == 1, "the attempt was counted");
        Assert.Equal(1, measured.Sum("webhooks.deliveries", ("webhooks.outcome", "queued"), ("webhooks.event_type", "batch.completed")));
        Assert.Equal(1, measured.Sum("webhooks.deliveries", ("webhooks.outcome", "duplicate")));
        Assert.Equal(1, measured.Sum("webhooks.deliveries", ("webhooks.outcome", "rejected"), ("webhooks.reason", "invalid_signature")));
        Assert.Equal(1, measured.Count("webhooks.handler.duration", ("webhooks.succeeded", true)));
        Assert.All(measured.Values("webhooks.handler.duration"), seconds => Assert.InRange(seconds, 0, 10));
    }

    [Fact]
    public async Task The_inbox_depth_is_a_gauge_by_provider_and_status()
    {
        await using var server = await InboxServer.StartAsync();
        using (await server.SendOpenAI("batch.failed", "gauge-dead"))
        {
        }

        await InboxServer.WaitUntil(async () => (await server.Find("msg_gauge-dead"))?.Status == InboxStatus.Dead, "it is dead");
        await server.Services.GetRequiredService<InboxMonitor>().RefreshAsync(default);
        using var measured = new MeasurementsOf(server.Services.GetRequiredService<WebhookMetrics>().Meter);

        measured.Listener.RecordObservableInstruments();

        Assert.Equal(1, measured.Sum("webhooks.inbox.deliveries", ("webhooks.provider", "openai"), ("webhooks.status", "dead")));
    }

    [Fact]
    public async Task A_processing_span_is_linked_to_the_span_that_received_the_delivery()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WebhooksTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await InboxServer.StartAsync();

        using (await server.SendOpenAI("batch.completed", "traced"))
        {
        }

        Activity? Span(string name) => spans.FirstOrDefault(s => s.OperationName == name && (string?)s.GetTagItem("webhooks.delivery_id") == "msg_traced");
        await InboxServer.WaitUntil(() => Span("webhooks.process") is not null, "the processing span ended");
        var receive = Span("webhooks.receive")!;
        var process = Span("webhooks.process")!;
        Assert.Equal("openai", receive.GetTagItem("webhooks.provider"));
        Assert.Equal("batch.completed", receive.GetTagItem("webhooks.event_type"));
        Assert.Equal("queued", receive.GetTagItem("webhooks.outcome"));
        Assert.Equal(1, process.GetTagItem("webhooks.attempt"));
        Assert.Equal(receive.TraceId, Assert.Single(process.Links).Context.TraceId);
        Assert.Equal(receive.SpanId, process.Links.Single().Context.SpanId);
        Assert.NotEqual(receive.TraceId, process.TraceId); // its own trace, linked: the request ended long before
    }

    [Fact]
    public async Task A_flood_of_unsigned_requests_is_counted_whole_but_logged_only_a_few_times()
    {
        var logs = new CapturedLogs();
        await using var server = await InboxServer.StartAsync(logs: logs);
        using var measured = new MeasurementsOf(server.Services.GetRequiredService<WebhookMetrics>().Meter);
        var forger = new WebhookSigner("openai", "whsec_" + Convert.ToBase64String(new byte[32]));

        for (var i = 0; i < 40; i++)
        {
            using var response = await server.Client.SendAsync(forger.CreateRequest("/webhooks/openai", InboxServer.OpenAIBody("batch.completed", $"f{i}")));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(40, measured.Sum("webhooks.deliveries", ("webhooks.outcome", "rejected")));
        var warnings = logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Rejected a openai delivery", StringComparison.Ordinal));
        Assert.InRange(warnings, 1, 20); // ten a minute; a minute boundary during the loop allows ten more
    }

    /// <summary>What one meter's instruments recorded, read with a <see cref="MeterListener"/> as an exporter reads them.</summary>
    private sealed class MeasurementsOf : IDisposable
    {
        private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

        public MeasurementsOf(Meter meter)
        {
            Listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            Listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
            Listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
            Listener.Start();
        }

        public MeterListener Listener { get; } = new();

        public double Sum(string instrument, params (string Key, object Value)[] tags) => Matching(instrument, tags).Sum(m => m.Value);

        public int Count(string instrument, params (string Key, object Value)[] tags) => Matching(instrument, tags).Count();

        public IEnumerable<double> Values(string instrument) => Matching(instrument, []).Select(m => m.Value);

        public void Dispose() => Listener.Dispose();

        private IEnumerable<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Matching(string instrument, (string Key, object Value)[] tags) =>
            _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(tag => tag.Key == t.Key && Equals(tag.Value, t.Value))));
    }
}
