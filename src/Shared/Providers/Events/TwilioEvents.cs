// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Twilio API reference, Message resource "Message status values"
// (https://www.twilio.com/docs/messaging/api/message-resource#message-status-values) and Call resource
// "Call Status values" (https://www.twilio.com/docs/voice/api/call-resource#call-status-values), as generated
// into twilio-csharp (MessageResource.StatusEnum, CallResource.StatusEnum; snapshot 2026-06-22). "initiated" is
// not in the Call resource's status enum but is sent as CallStatus by status callbacks subscribed to the
// initiated event (Twilio support, "Tracking the Status of an Outbound Twilio Voice Call"). Twilio posts form
// fields, not typed events: handlers dispatch on MessageStatus or CallStatus.
namespace Webhooks.Providers;

/// <summary>Twilio's status-callback values: messaging <c>MessageStatus</c> and voice <c>CallStatus</c>.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class TwilioEvents
{
    /// <summary>Every documented status value, messaging and voice, without duplicates.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "accepted",
        "busy",
        "canceled",
        "completed",
        "delivered",
        "failed",
        "in-progress",
        "initiated",
        "no-answer",
        "partially_delivered",
        "queued",
        "read",
        "received",
        "receiving",
        "ringing",
        "scheduled",
        "sending",
        "sent",
        "undelivered",
    ];

    /// <summary>The messaging <c>MessageStatus</c> values.</summary>
    public static IReadOnlyList<string> MessageStatuses { get; } =
    [
        "accepted",
        "canceled",
        "delivered",
        "failed",
        "partially_delivered",
        "queued",
        "read",
        "received",
        "receiving",
        "scheduled",
        "sending",
        "sent",
        "undelivered",
    ];

    /// <summary>The voice <c>CallStatus</c> values.</summary>
    public static IReadOnlyList<string> CallStatuses { get; } =
    [
        "busy",
        "canceled",
        "completed",
        "failed",
        "in-progress",
        "initiated",
        "no-answer",
        "queued",
        "ringing",
    ];
}
