// Compiled into Webhooks.Runtime and Webhooks.Generator, internal in both. A compilation holds only the arguments an
// attribute was written with, so the generator reads the defaults of [WebhookProviderDefinition] from here, as the
// attribute's own initializers do. A declared provider's route and JSON naming are ProviderDescriptor's defaults.
namespace Webhooks.Providers;

/// <summary>What a provider declared with <c>[assembly: WebhookProviderDefinition]</c> is unless its attribute says otherwise.</summary>
internal static class DeclaredProviderDefaults
{
    public const SignatureScheme Scheme = SignatureScheme.BodyHmac;
    public const HmacAlgorithm Algorithm = HmacAlgorithm.Sha256;
    public const SignatureEncoding Encoding = SignatureEncoding.Hex;
    public const SecretEncoding SecretEncoding = Webhooks.SecretEncoding.Utf8;

    /// <summary>What separates a <see cref="SignatureScheme.TimestampedHmac"/> header's <c>key=value</c> items (Stripe's, Calendly's).</summary>
    public const char ItemSeparator = ',';

    /// <summary>What separates the timestamp from the body in <see cref="SignatureScheme.TimestampedHmac"/> content (Stripe's <c>{t}.{body}</c>).</summary>
    public const char SignedSeparator = '.';

    /// <summary>Where the event type is read when the attribute names neither a header nor a JSON path.</summary>
    public const string EventTypeJsonPath = "type";
}
