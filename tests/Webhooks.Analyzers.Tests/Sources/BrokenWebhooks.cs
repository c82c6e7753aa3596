// A deliberately broken copy of samples/Webhooks.Sample/OpenAIWebhooks.cs: one mistake per Webhooks
// diagnostic, each marked (test markup) where it must be reported. Compiled by SampleTests, not by the build.

[assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature", KnownEvents = new[] { "order.created" })]
[assembly: WebhookProviderDefinition({|WHK0012:"acme"|}, SignatureHeader = "X-Acme-Signature")]

namespace Webhooks.Sample.Broken;

/// <summary>Handles three OpenAI events and says nothing about the others.</summary>
[WebhookProvider("openai")]
public partial class {|WHK0001:OpenAIWebhooks|}(ILogger<OpenAIWebhooks> log)
{
    [OnEvent("batch.completed")]
    public Task OnBatchCompleted(OpenAIEvent evt, CancellationToken ct)
    {
        log.LogInformation("Batch {BatchId} completed (event {EventId}): fetch its output file now.", evt.Data.Id, evt.Id);
        return Task.CompletedTask;
    }

    // A typo: the handler would never run.
    [OnEvent({|WHK0002:"batch.complete"|})]
    public void OnBatchDone(OpenAIEvent evt) => log.LogInformation("Batch {BatchId} done.", evt.Data.Id);

    // The same event twice: only the first handler runs.
    [OnEvent({|WHK0003:"batch.completed"|})]
    public void OnBatchCompletedAgain(OpenAIEvent evt) => log.LogInformation("Batch {BatchId} completed.", evt.Data.Id);

    // async void: a failure could not fail the delivery.
    [OnEvent("batch.failed")]
    public async void {|WHK0006:OnBatchFailed|}(OpenAIEvent evt, WebhookContext context)
    {
        await Task.Yield();
        log.LogWarning("Batch {BatchId} failed (delivery {WebhookId}).", evt.Data.Id, context.WebhookId);
    }

    [OnEvent("response.completed")]
    public ValueTask OnResponseCompleted(WebhookContext context, OpenAIEvent evt)
    {
        log.LogInformation("Response {ResponseId} completed at {Timestamp:u}.", evt.Data.Id, context.Timestamp);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Same provider and no Path: the same route as OpenAIWebhooks. Two catch-alls, and a payload without metadata.</summary>
[{|WHK0009:WebhookProvider("openai")|}]
public partial class OpenAIWebhooksCopy
{
    [OnAnyEvent]
    public void OnAnyEvent(WebhookContext context) { }

    [{|WHK0011:OnAnyEvent|}]
    public void OnEveryEvent(WebhookContext context) { }

    // An interface as payload: there is nothing to create, so the generator can't write its JSON metadata.
    [OnEvent("batch.cancelled")]
    public void OnBatchCancelled(IBatchNote {|WHK0013:note|}) { }
}

public interface IBatchNote
{
    string Id { get; }
}

/// <summary>Not partial, and takes another provider's payload.</summary>
[WebhookProvider("acme")]
public class {|WHK0004:AcmeWebhooks|}
{
    [OnEvent("order.created")]
    public void OnOrderCreated(OpenAIEvent {|WHK0008:evt|}) { }
}

/// <summary>Abstract: the class is resolved from dependency injection.</summary>
[WebhookProvider("acme", Path = "/webhooks/acme-base")]
public abstract partial class {|WHK0005:AcmeWebhooksBase|}
{
    [OnAnyEvent]
    public void OnAnyEvent(WebhookContext context) { }
}

/// <summary>A provider that doesn't exist.</summary>
[WebhookProvider({|WHK0007:"opnai"|})]
public partial class TypoWebhooks
{
}

/// <summary>No [WebhookProvider]: nothing calls its handler.</summary>
public class PlainService
{
    [{|WHK0010:OnEvent("batch.completed")|}]
    public void OnBatchCompleted(OpenAIEvent evt) { }
}

/// <summary>A push payload on an issues event.</summary>
[WebhookProvider("github", Path = "/webhooks/github-broken")]
public partial class MisfitGitHubWebhooks
{
    [OnEvent("issues")]
    public void OnIssues(GitHubPushEvent {|WHK0014:evt|}) { }

    [OnAnyEvent]
    public void OnAny(WebhookContext context) { }
}
