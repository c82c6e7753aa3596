using System.Collections.Concurrent;

namespace Webhooks.Inbox.Tests;

/// <summary>What the test handlers did and what they are told to do, shared by a test and its server.</summary>
public sealed class HandlerLog
{
    private readonly ConcurrentQueue<(string Id, int Attempt)> _runs = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    /// <summary>Deliveries whose handler waits until the test completes the gate (or the handler is cancelled).</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    /// <summary>Completed when a gated handler has started.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Entered { get; } = new();

    public ConcurrentDictionary<string, WebhookContext> Contexts { get; } = new();

    /// <summary>Rebuilt contexts keep references into the attempt's data; these are copies taken while the handler ran.</summary>
    public ConcurrentDictionary<string, (string? WebhookId, string? Signature, bool HasAuthorization, string Body)> Seen { get; } = new();

    public void Record(string id, int attempt) => _runs.Enqueue((id, attempt));

    public int Runs(string id) => _runs.Count(r => r.Id == id);

    public IReadOnlyList<int> Attempts(string id) => _runs.Where(r => r.Id == id).Select(r => r.Attempt).ToList();

    public int TotalRuns => _runs.Count;

    public void FailNext(string id, int times) => _failuresLeft[id] = times;

    public bool ShouldFail(string id) =>
        _failuresLeft.TryGetValue(id, out var left) && left > 0 && _failuresLeft.TryUpdate(id, left - 1, left);
}
