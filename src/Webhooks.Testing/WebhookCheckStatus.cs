namespace Webhooks.Testing;

/// <summary>Whether a captured request's signature checks out, or the first reason it doesn't.</summary>
public enum WebhookCheckStatus
{
    /// <summary>The secret signed exactly this body (and, where the provider signs one, a timestamp within the tolerance).</summary>
    Valid,

    /// <summary>A header the provider's signature needs is missing or empty.</summary>
    MissingHeader,

    /// <summary>A signature or timestamp header is there but can't be read (wrong prefix, not hex or base64, not unix seconds).</summary>
    MalformedHeader,

    /// <summary>The secret can't be decoded as the provider decodes it (not base64 after <c>whsec_</c>, empty, …).</summary>
    UnusableSecret,

    /// <summary>The signature matches the secret's bytes read another way: the sender and the receiver encode the secret differently.</summary>
    WrongSecretEncoding,

    /// <summary>No signature matches: the body (or a signed header) was changed, or another secret signed it.</summary>
    InvalidSignature,

    /// <summary>The signature is valid, but its timestamp is further from now than the tolerance, either way.</summary>
    TimestampOutOfTolerance,
}
