namespace Webhooks.Telemetry;

/// <summary>What became of a received delivery: the <c>webhooks.outcome</c> tag of the deliveries counter.</summary>
internal static class DeliveryOutcome
{
    public const string Handled = "handled";
    public const string NotHandled = "not_handled";
    public const string Duplicate = "duplicate";
    public const string InProgress = "in_progress";
    public const string Queued = "queued";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string Unavailable = "unavailable";
}

/// <summary>Why a delivery was rejected: the <c>webhooks.reason</c> tag.</summary>
internal static class RejectionReason
{
    public const string MissingHeaders = "missing_headers";
    public const string InvalidSignature = "invalid_signature";
    public const string Timestamp = "timestamp";
    public const string TooLarge = "too_large";
    public const string Malformed = "malformed";
    public const string Unreadable = "unreadable";
    public const string KeysUnavailable = "keys_unavailable";

    public static string Of(Verification.WebhookVerificationStatus status) => status switch
    {
        Verification.WebhookVerificationStatus.MissingHeaders => MissingHeaders,
        Verification.WebhookVerificationStatus.TimestampOutOfTolerance => Timestamp,
        Verification.WebhookVerificationStatus.KeysUnavailable => KeysUnavailable,
        _ => InvalidSignature,
    };
}
