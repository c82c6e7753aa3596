using System.Collections.Concurrent;

namespace Webhooks.Durability.Tests;

/// <summary>What the in-process handlers ran: delivery id → the attempt number of each run.</summary>
public sealed class RunLog
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _runs = new(StringComparer.Ordinal);

    public void Record(WebhookContext context) => _runs.GetOrAdd(context.WebhookId!, _ => new()).Enqueue(context.Attempt);

    public int Count(string id) => _runs.TryGetValue(id, out var runs) ? runs.Count : 0;

    public IReadOnlyList<int> Attempts(string id) => _runs.TryGetValue(id, out var runs) ? runs.ToList() : [];

    public IEnumerable<string> RanMoreThanOnce => _runs.Where(r => r.Value.Count > 1).Select(r => r.Key);
}

/// <summary>The queued handlers of the in-process tests (storage faults, poison).</summary>
[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class InProcessWebhooks(RunLog runs)
{
    [OnEvent("batch.completed")]
    public Task OnCompleted(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        runs.Record(context);
        return Task.CompletedTask;
    }

    /// <summary>The poison delivery: fails on every attempt.</summary>
    [OnEvent("batch.failed")]
    public Task OnPoison(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        runs.Record(context);
        throw new InvalidOperationException($"Poison {evt.Data.Id} fails on every attempt.");
    }
}
