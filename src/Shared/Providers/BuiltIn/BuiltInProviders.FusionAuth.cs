// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// FusionAuth: a JWT in <c>X-FusionAuth-Signature-JWT</c> (HMAC, RSA, ECDSA or EdDSA) whose <c>request_body_sha256</c>
    /// is the body's hash; the event type in <c>$.event.type</c>.
    /// </summary>
    public static ProviderDescriptor FusionAuth { get; } = new()
    {
        Name = "fusionauth",
        SecretEnvironmentVariable = "FUSIONAUTH_WEBHOOK_SECRET",
        PublicKeyEnvironmentVariable = "FUSIONAUTH_WEBHOOK_PUBLIC_KEY",
        Scheme = SignatureScheme.Jwt,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "X-FusionAuth-Signature-JWT",
        BodyHashClaim = "request_body_sha256",
        JwtAlgorithms = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"],
        EventType = ValueSource.Json("event.type"),
        IdempotencyKeys = [ValueSource.Json("event.id")],
        KnownEvents = FusionAuthEvents.All,
        JsonNaming = JsonNaming.CamelCase,
    };
}
