using System.Collections.Concurrent;

namespace Webhooks.EndToEnd.Tests;

/// <summary>What the test handlers did, so that tests can observe that a handler ran once, or not at all.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<string> _handled = new();
    private readonly ConcurrentDictionary<string, int> _failuresToThrow = new();

    /// <summary>Deliveries whose handler waits for the test to complete the gate.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    /// <summary>Completed when a gated handler has started.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Entered { get; } = new();

    public ConcurrentDictionary<string, WebhookContext> Contexts { get; } = new();

    /// <summary>Records a handled delivery as "{event type}:{data id}".</summary>
    public void Record(string entry) => _handled.Enqueue(entry);

    /// <summary>Records a handled delivery as "{provider}:{event type}:{delivery id}".</summary>
    public void Record(WebhookContext context, string? provider = null) =>
        Record($"{provider ?? context.Provider}:{context.EventType}:{context.WebhookId}");

    public int Count(string entry) => _handled.Count(e => e == entry);

    public int CountWhere(Func<string, bool> match) => _handled.Count(match);

    /// <summary>Makes the handler throw the next <paramref name="times"/> times it sees <paramref name="dataId"/>.</summary>
    public void FailNext(string dataId, int times = 1) => _failuresToThrow[dataId] = times;

    public bool ShouldFail(string dataId) =>
        _failuresToThrow.TryGetValue(dataId, out var left) && left > 0 && _failuresToThrow.TryUpdate(dataId, left - 1, left);
}
