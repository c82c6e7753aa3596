// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// ElevenLabs: <c>ElevenLabs-Signature: t=…,v0=…</c> over <c>{t}.{body}</c>, HMAC-SHA256 hex (Stripe's construction with
    /// <c>v0</c> as the signature's key). ElevenLabs sends no delivery id, so its deliveries are not deduplicated.
    /// </summary>
    public static ProviderDescriptor ElevenLabs { get; } = new()
    {
        Name = "elevenlabs",
        SecretEnvironmentVariable = "ELEVENLABS_WEBHOOK_SECRET",
        Scheme = SignatureScheme.TimestampedHmac,
        SecretEncoding = SecretEncoding.Utf8,
        SignatureHeader = "ElevenLabs-Signature",
        TimestampKey = "t",
        SignatureKey = "v0",
        EventType = ValueSource.Json("type"),
        KnownEvents = ElevenLabsEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
