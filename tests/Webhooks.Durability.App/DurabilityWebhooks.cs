namespace Webhooks.Durability.App;

/// <summary>
/// The queued OpenAI handlers the durability tests drive. Every handler that runs writes its side effect first, so that a
/// run is visible in the side-effect database whatever happens after it.
/// </summary>
[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class DurabilityWebhooks(EffectLog effects, DurabilitySwitches switches)
{
    /// <summary>The common, fast delivery.</summary>
    [OnEvent("batch.completed")]
    public async Task OnCompleted(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        await effects.RecordAsync(context.WebhookId!, context.EventType, context.Attempt);

        // A test-only break (Durability:FailAfterEffectEvery): fail after the side effect, so that the retry runs it again.
        if (switches.FailAfterEffectEvery > 0 && context.Attempt == 1 && DurabilitySwitches.StableHash(context.WebhookId!) % switches.FailAfterEffectEvery == 0)
        {
            throw new InvalidOperationException("Failed after the side effect (test break).");
        }
    }

    /// <summary>A slow handler: its side effect is written, then it works on, so a kill meanwhile leaves a run whose outcome isn't recorded.</summary>
    [OnEvent("batch.cancelled")]
    public async Task OnCancelled(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        await effects.RecordAsync(context.WebhookId!, context.EventType, context.Attempt);
        await Task.Delay(switches.SlowHandler, ct);
    }

    /// <summary>A poison delivery: records each attempt, then always throws.</summary>
    [OnEvent("batch.failed")]
    public async Task OnFailed(OpenAIEvent evt, WebhookContext context, CancellationToken ct)
    {
        await effects.RecordAsync(context.WebhookId!, context.EventType, context.Attempt);
        throw new InvalidOperationException($"Poison {evt.Data.Id} fails on every attempt.");
    }
}
