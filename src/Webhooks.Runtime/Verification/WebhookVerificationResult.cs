namespace Webhooks.Verification;

/// <summary>Why a delivery was accepted or rejected by its signature check.</summary>
internal enum WebhookVerificationStatus
{
    /// <summary>A configured secret signed exactly these bytes, within the tolerance.</summary>
    Valid,

    /// <summary>A header the scheme needs is missing or empty.</summary>
    MissingHeaders,

    /// <summary>The signature is malformed or no configured secret produced it.</summary>
    InvalidSignature,

    /// <summary>The signature is valid but its timestamp is further from now than the tolerance allows.</summary>
    TimestampOutOfTolerance,

    /// <summary>
    /// The keys that could check it are not available yet (a JWKS URL that has not answered since start-up): the
    /// delivery is neither accepted nor called invalid, and the sender retries later.
    /// </summary>
    KeysUnavailable,
}

/// <summary>The outcome of a signature check, with the signed timestamp when the scheme has one.</summary>
/// <param name="Status">Accepted, or why not.</param>
/// <param name="Timestamp">The signed timestamp, when the scheme signs one and it could be read.</param>
internal readonly record struct WebhookVerificationResult(WebhookVerificationStatus Status, DateTimeOffset? Timestamp = null)
{
    /// <summary>Whether the delivery may be processed.</summary>
    public bool IsValid => Status == WebhookVerificationStatus.Valid;
}
