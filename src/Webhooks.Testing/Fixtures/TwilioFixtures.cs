using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// Twilio: form-encoded status callbacks, dispatched on <c>MessageStatus</c> (messaging) or <c>CallStatus</c> (voice),
/// with the fields Twilio posts.
/// </summary>
internal static class TwilioFixtures
{
    private const string AccountSid = "AC3b9f1c5e8d7a4b2c6e0f9a8d7c6b5a41";

    public static ProviderFixtures All { get; } = new("twilio",
    [
        Message("delivered"),
        Message("sent"),
        Message("queued"),
        Message("read"),
        Message("failed", errorCode: "30003"),
        Message("undelivered", errorCode: "30005"),
        Call("completed", duration: "42"),
        Call("initiated"),
        Call("ringing"),
        Call("in-progress"),
        Call("busy"),
        Call("no-answer"),
    ], _ => new Dictionary<string, string> { ["User-Agent"] = "TwilioProxy/1.1" });

    private static FixtureTemplate Message(string status, string? errorCode = null) => FixtureTemplate.OfForm(status, v =>
    {
        var sid = Id("SM", 32);
        List<KeyValuePair<string, string>> fields =
        [
            new("SmsSid", sid),
            new("SmsStatus", v.Type),
            new("MessageStatus", v.Type),
            new("To", "+15558675310"),
            new("MessagingServiceSid", "MG2b7e1c4d9f8a6b5c3d2e1f0a9b8c7d6e"),
            new("MessageSid", sid),
            new("AccountSid", AccountSid),
            new("From", "+15017122661"),
            new("ApiVersion", "2010-04-01"),
        ];
        if (errorCode is not null)
        {
            fields.Insert(3, new("ErrorCode", errorCode));
        }

        return fields;
    });

    private static FixtureTemplate Call(string status, string? duration = null) => FixtureTemplate.OfForm(status, v =>
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Called", "+15558675310"),
            new("ToState", "CA"),
            new("CallerCountry", "US"),
            new("Direction", "outbound-api"),
            new("Timestamp", DateTimeOffset.FromUnixTimeSeconds(v.Unix).ToString("r", System.Globalization.CultureInfo.InvariantCulture)),
            new("CallbackSource", "call-progress-events"),
            new("SequenceNumber", "0"),
            new("CallSid", Id("CA", 32)),
            new("To", "+15558675310"),
            new("CallStatus", v.Type),
            new("From", "+15017122661"),
            new("AccountSid", AccountSid),
            new("ApiVersion", "2010-04-01"),
        ];
        if (duration is not null)
        {
            fields.Add(new("CallDuration", duration));
            fields.Add(new("Duration", "1"));
        }

        return fields;
    });
}
