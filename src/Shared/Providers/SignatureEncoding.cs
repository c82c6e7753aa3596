// Compiled into Webhooks.Runtime and Webhooks.Generator; in the namespace of [WebhookProviderDefinition], as SignatureScheme is.
namespace Webhooks;

/// <summary>How a signature's bytes are written in its header.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum SignatureEncoding
{
    /// <summary>Hexadecimal, either case.</summary>
    Hex,

    /// <summary>Base64 with padding.</summary>
    Base64,
}
