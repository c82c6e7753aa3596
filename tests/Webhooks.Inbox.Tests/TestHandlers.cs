namespace Webhooks.Inbox.Tests;

/// <summary>A queued OpenAI class: its deliveries are stored, then handled in the background.</summary>
[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class QueuedOpenAIWebhooks(HandlerLog log)
{
    [OnEvent("batch.completed")]
    public Task OnCompleted(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        log.Seen[evt.Data.Id] = (context.WebhookId, context.Headers["webhook-signature"].ToString(), context.Headers.ContainsKey("Authorization"),
            System.Text.Encoding.UTF8.GetString(context.RawBody.Span));
        if (log.ShouldFail(evt.Data.Id))
        {
            throw new InvalidOperationException($"{evt.Data.Id} failed on purpose");
        }

        log.Record(evt.Data.Id, context.Attempt);
        return Task.CompletedTask;
    }

    // Always fails: a poison delivery.
    [OnEvent("batch.failed")]
    public void OnFailed(OpenAIEvent evt, WebhookContext context)
    {
        log.Record(evt.Data.Id, context.Attempt);
        throw new InvalidOperationException($"poison {evt.Data.Id}");
    }

    // Holds its delivery until the test opens the gate, or the handler is cancelled.
    [OnEvent("batch.cancelled")]
    public async Task OnCancelled(OpenAIEvent evt, CancellationToken ct)
    {
        if (log.Gates.TryGetValue(evt.Data.Id, out var gate))
        {
            log.Entered.GetOrAdd(evt.Data.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            await gate.Task.WaitAsync(ct);
        }

        log.Record(evt.Data.Id, 0);
    }

    // OpenAIEvent's data must be an object: a string there doesn't fit the contract.
    [OnEvent("batch.expired")]
    public void OnExpired(OpenAIEvent evt) => log.Record(evt.Data.Id, 0);
}

/// <summary>An inline GitHub class (by its attribute): with a storage configured, it dedupes through it.</summary>
[WebhookProvider("github")]
public partial class InlineGitHubWebhooks(HandlerLog log)
{
    [OnEvent("ping")]
    public void OnPing(WebhookContext context) => log.Record(context.WebhookId!, context.Attempt);
}

/// <summary>A queued Stripe class: its delivery id is read from the body.</summary>
[WebhookProvider("stripe", Processing = WebhookProcessing.Queued)]
public partial class QueuedStripeWebhooks(HandlerLog log)
{
    [OnEvent("invoice.paid")]
    public void OnPaid(WebhookContext context) => log.Record(context.WebhookId!, context.Attempt);
}
