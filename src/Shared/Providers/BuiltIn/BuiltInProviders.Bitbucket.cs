// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Bitbucket Cloud: <c>X-Hub-Signature: sha256=&lt;hex&gt;</c>, HMAC-SHA256 of the body (sent only for webhooks with a
    /// secret; others are rejected); the event key in <c>X-Event-Key</c>.
    /// </summary>
    public static ProviderDescriptor Bitbucket { get; } = new()
    {
        Name = "bitbucket",
        SecretEnvironmentVariable = "BITBUCKET_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-Hub-Signature",
        SignaturePrefix = "sha256=",
        Algorithm = HmacAlgorithm.Sha256,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Header("X-Event-Key"),
        // The request's UUID; its retries count up X-Attempt-Number, which says they are the same request.
        IdempotencyKeys = [ValueSource.Header("X-Request-UUID")],
        KnownEvents = BitbucketEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
