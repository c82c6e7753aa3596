// Compiled into Webhooks.Runtime and Webhooks.Generator; in the namespace of [WebhookProviderDefinition], as SignatureScheme is.
namespace Webhooks;

/// <summary>The hash under a <see cref="SignatureScheme.BodyHmac"/> signature.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum HmacAlgorithm
{
    /// <summary>HMAC-SHA256.</summary>
    Sha256,

    /// <summary>HMAC-SHA1.</summary>
    Sha1,
}
