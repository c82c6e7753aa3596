using System.Collections.Concurrent;

namespace Webhooks.Dashboard.Tests;

/// <summary>What the tests tell the handlers: which deliveries fail, which wait.</summary>
public sealed class HandlerSwitches
{
    /// <summary>Data ids whose handler throws while they are here, with what to add to the error's message.</summary>
    public ConcurrentDictionary<string, string> Failing { get; } = new();

    /// <summary>Data ids whose handler waits until the test completes the gate.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    /// <summary>Completed when a gated handler has started.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Entered { get; } = new();

    public ConcurrentQueue<string> Processed { get; } = new();
}

/// <summary>A queued OpenAI class: deliveries are stored, processed in the background, dead-lettered when they keep failing.</summary>
[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class QueuedOpenAIWebhooks(HandlerSwitches switches)
{
    [OnEvent("batch.completed")]
    public async Task OnCompleted(OpenAIEvent evt, CancellationToken ct)
    {
        var id = evt.Data.Id;
        if (switches.Gates.TryGetValue(id, out var gate))
        {
            switches.Entered.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            await gate.Task.WaitAsync(ct);
        }

        if (switches.Failing.TryGetValue(id, out var addition))
        {
            throw new InvalidOperationException($"{id} failed on purpose{addition}");
        }

        switches.Processed.Enqueue(id);
    }
}

/// <summary>A queued Stripe class: a second provider for the overview and the filters.</summary>
[WebhookProvider("stripe", Processing = WebhookProcessing.Queued)]
public partial class QueuedStripeWebhooks(HandlerSwitches switches)
{
    [OnEvent("invoice.paid")]
    public void OnPaid(WebhookContext context) => switches.Processed.Enqueue(context.WebhookId!);
}
