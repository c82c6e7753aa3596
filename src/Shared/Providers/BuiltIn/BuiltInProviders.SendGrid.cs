// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// SendGrid Event Webhook: ECDSA P-256 over <c>X-Twilio-Email-Event-Webhook-Timestamp</c> + body, checked with the
    /// account's verification key. A delivery is a JSON array of events, dispatched whole as <see cref="SendGridEvents.Batch"/>.
    /// </summary>
    public static ProviderDescriptor SendGrid { get; } = new()
    {
        Name = "sendgrid",
        PublicKeyEnvironmentVariable = "SENDGRID_WEBHOOK_VERIFICATION_KEY",
        Scheme = SignatureScheme.EcdsaTimestamped,
        SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature",
        TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp",
        Encoding = SignatureEncoding.Base64,
        EventType = ValueSource.Constant(SendGridEvents.Batch),

        // No delivery id exists; a signature names one signed request exactly, so a replay of it is dropped. Each
        // event's own id is sg_event_id: dedupe on it within the batch.
        IdempotencyKeys = [ValueSource.Header("X-Twilio-Email-Event-Webhook-Signature")],
        KnownEvents = [SendGridEvents.Batch],
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
