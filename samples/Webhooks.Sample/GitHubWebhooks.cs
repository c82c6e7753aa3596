using System.Text.Json;

namespace Webhooks.Sample;

/// <summary>Receives GitHub's webhooks on POST /webhooks/github.</summary>
[WebhookProvider("github")]
public partial class GitHubWebhooks(ILogger<GitHubWebhooks> log)
{
    [OnEvent("push")]
    public void OnPush(JsonElement push, WebhookContext context) =>
        log.LogInformation("Push to {Ref} of {Repository} (delivery {Delivery}).",
            push.GetProperty("ref").GetString(),
            push.GetProperty("repository").GetProperty("full_name").GetString(),
            context.WebhookId);

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("GitHub sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
