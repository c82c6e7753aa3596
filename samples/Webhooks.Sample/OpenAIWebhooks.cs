namespace Webhooks.Sample;

/// <summary>Receives OpenAI's webhooks on POST /webhooks/openai.</summary>
[WebhookProvider("openai")]
public partial class OpenAIWebhooks(ILogger<OpenAIWebhooks> log)
{
    [OnEvent("batch.completed")]
    public Task OnBatchCompleted(OpenAIEvent evt, CancellationToken ct)
    {
        log.LogInformation("Batch {BatchId} completed (event {EventId}): fetch its output file now.", evt.Data.Id, evt.Id);
        return Task.CompletedTask;
    }

    [OnEvent("batch.failed")]
    public void OnBatchFailed(OpenAIEvent evt, WebhookContext context) =>
        log.LogWarning("Batch {BatchId} failed (delivery {WebhookId}).", evt.Data.Id, context.WebhookId);

    [OnEvent("response.completed")]
    public ValueTask OnResponseCompleted(WebhookContext context, OpenAIEvent evt)
    {
        log.LogInformation("Response {ResponseId} completed at {Timestamp:u}.", evt.Data.Id, context.Timestamp);
        return ValueTask.CompletedTask;
    }

    // Every other OpenAI event: logged, and answered 200 so that OpenAI doesn't retry it.
    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("Received {EventType} (delivery {WebhookId}); no handler for it yet.", context.EventType, context.WebhookId);
}
