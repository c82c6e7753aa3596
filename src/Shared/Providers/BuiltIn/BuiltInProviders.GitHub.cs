// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>GitHub: <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>; the event name in <c>X-GitHub-Event</c>.</summary>
    public static ProviderDescriptor GitHub { get; } = new()
    {
        Name = "github",
        SecretEnvironmentVariable = "GITHUB_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Hub-Signature-256",
        SignaturePrefix = "sha256=",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Header("X-GitHub-Event"),
        IdempotencyKeys = [ValueSource.Header("X-GitHub-Delivery")],
        KnownEvents = GitHubEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
