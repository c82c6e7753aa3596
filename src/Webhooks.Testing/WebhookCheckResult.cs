namespace Webhooks.Testing;

/// <summary>The outcome of <see cref="WebhookSignatureCheck.Check"/>: valid, or why not, in a sentence.</summary>
public sealed class WebhookCheckResult
{
    internal WebhookCheckResult(WebhookCheckStatus status, string reason, DateTimeOffset? signedAt = null, TimeSpan? skew = null)
    {
        Status = status;
        Reason = reason;
        SignedAt = signedAt;
        Skew = skew;
    }

    /// <summary>Valid, or the first reason it isn't.</summary>
    public WebhookCheckStatus Status { get; }

    /// <summary>Whether the receiver accepts the request's signature.</summary>
    public bool IsValid => Status == WebhookCheckStatus.Valid;

    /// <summary>What was checked and, when it fails, exactly why, in a sentence that never quotes the secret.</summary>
    public string Reason { get; }

    /// <summary>The signed timestamp, for providers that sign one and when it could be read.</summary>
    public DateTimeOffset? SignedAt { get; }

    /// <summary>How long before now the request was signed (negative: in the future), when <see cref="SignedAt"/> is known.</summary>
    public TimeSpan? Skew { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status}: {Reason}";
}
