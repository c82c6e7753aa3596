// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>Twilio: <c>X-Twilio-Signature</c> over the URL and form fields; the status in <c>MessageStatus</c>, else <c>CallStatus</c>.</summary>
    public static ProviderDescriptor Twilio { get; } = new()
    {
        Name = "twilio",
        SecretEnvironmentVariable = "TWILIO_AUTH_TOKEN",
        Scheme = SignatureScheme.Twilio,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Form("MessageStatus"),
        EventTypeFallbacks = [ValueSource.Form("CallStatus")],
        IdempotencyKeys = [ValueSource.Header("I-Twilio-Idempotency-Token")],
        KnownEvents = TwilioEvents.All,
        // Twilio posts forms with PascalCase keys (MessageSid, CallStatus); its JSON (Event Streams) is camelCase, but a
        // handler that reads a Twilio body as JSON reads whatever the sender wrote: keep the CLR names.
        JsonNaming = JsonNaming.None,
    };
}
