namespace Webhooks.Sample;

/// <summary>Receives GitHub's webhooks on POST /webhooks/github.</summary>
[WebhookProvider("github")]
public partial class GitHubWebhooks(ILogger<GitHubWebhooks> log)
{
    [OnEvent("push")]
    public void OnPush(GitHubPushEvent push, WebhookContext context) =>
        log.LogInformation("Push to {Ref} of {Repository}: {Commits} commit(s) (delivery {Delivery}).",
            push.Ref, push.Repository?.FullName, push.Commits.Count, context.WebhookId);

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("GitHub sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
