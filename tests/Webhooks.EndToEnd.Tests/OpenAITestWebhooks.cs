namespace Webhooks.EndToEnd.Tests;

/// <summary>An OpenAI handler class with each supported method shape, recording what it handles.</summary>
[WebhookProvider("openai")]
public partial class OpenAITestWebhooks(DeliveryLog log)
{
    [OnEvent("batch.completed")]
    public Task OnBatchCompleted(OpenAIEvent evt, CancellationToken ct)
    {
        if (log.ShouldFail(evt.Data.Id))
        {
            throw new InvalidOperationException("The handler failed on purpose.");
        }

        log.Record($"{evt.Type}:{evt.Data.Id}");
        return Task.CompletedTask;
    }

    [OnEvent("fine_tuning.job.failed")]
    public void OnFineTuningFailed(OpenAIEvent evt, WebhookContext context)
    {
        log.Contexts[evt.Data.Id] = context;
        log.Record($"{context.EventType}:{evt.Data.Id}:{context.RawBody.Length}");
    }

    // Takes the raw body, so nothing deserializes it: the dispatch checks the JSON before calling.
    [OnEvent("batch.failed")]
    public void OnBatchFailed(ReadOnlyMemory<byte> body, WebhookContext context) =>
        log.Record($"batch.failed:{context.WebhookId}:{body.Length}");

    [OnEvent("batch.cancelled")]
    public async ValueTask OnBatchCancelled(WebhookContext context, OpenAIEvent evt)
    {
        // Holds the delivery open until the test releases it, to observe a concurrent retry.
        if (log.Gates.TryGetValue(evt.Data.Id, out var gate))
        {
            log.Entered.GetOrAdd(evt.Data.Id, _ => new TaskCompletionSource()).TrySetResult();
            await gate.Task.WaitAsync(context.CancellationToken);
        }

        log.Record($"{evt.Type}:{evt.Data.Id}");
    }
}
