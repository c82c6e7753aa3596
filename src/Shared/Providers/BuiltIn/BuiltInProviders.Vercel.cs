// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>Vercel: <c>x-vercel-signature</c>, hex HMAC-SHA1; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor Vercel { get; } = new()
    {
        Name = "vercel",
        SecretEnvironmentVariable = "VERCEL_WEBHOOK_SECRET",
        Scheme = SignatureScheme.BodyHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "x-vercel-signature",
        Algorithm = HmacAlgorithm.Sha1,
        Encoding = SignatureEncoding.Hex,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = VercelEvents.All,
        JsonNaming = JsonNaming.CamelCase,
    };
}
