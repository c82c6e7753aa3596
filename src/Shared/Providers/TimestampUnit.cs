// Compiled into Webhooks.Runtime and Webhooks.Generator; in the namespace of [WebhookProviderDefinition], as SignatureScheme is.
namespace Webhooks;

/// <summary>How a signed Unix timestamp counts time, for <see cref="SignatureScheme.TimestampedHmac"/>.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum TimestampUnit
{
    /// <summary>Whole seconds since 1970-01-01 UTC, such as <c>1700000000</c>.</summary>
    Seconds,

    /// <summary>Whole milliseconds since 1970-01-01 UTC, such as <c>1700000000000</c> (Webflow).</summary>
    Milliseconds,
}
