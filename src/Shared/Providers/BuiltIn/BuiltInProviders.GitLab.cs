// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// GitLab: the webhook's secret token, sent as it is in <c>X-Gitlab-Token</c> (nothing is signed); the event in
    /// <c>X-Gitlab-Event</c> (<c>Push Hook</c>), which every hook sends, where <c>$.object_kind</c> is missing from some.
    /// </summary>
    public static ProviderDescriptor GitLab { get; } = new()
    {
        Name = "gitlab",
        SecretEnvironmentVariable = "GITLAB_WEBHOOK_TOKEN",
        Scheme = SignatureScheme.SharedToken,
        SecretEncoding = SecretEncoding.Utf8,
        TokenSource = ValueSource.Header("X-Gitlab-Token"),
        EventType = ValueSource.Header("X-Gitlab-Event"),

        // Idempotency-Key (GitLab 17.4+) stays the same across retries; X-Gitlab-Event-UUID before it. X-Gitlab-Webhook-UUID
        // names the hook, not the event, and is not a delivery id.
        IdempotencyKeys = [ValueSource.Header("Idempotency-Key"), ValueSource.Header("X-Gitlab-Event-UUID")],
        KnownEvents = GitLabEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
