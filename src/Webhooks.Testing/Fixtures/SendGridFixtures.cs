using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// SendGrid: one fixture, <c>batch</c>, the event type every delivery is dispatched under: an array of a
/// <c>processed</c>, a <c>delivered</c> and an <c>open</c> event of one message, each with its own <c>sg_event_id</c>.
/// </summary>
internal static class SendGridFixtures
{
    public static ProviderFixtures All { get; } = new("sendgrid",
    [
        FixtureTemplate.OfJson("batch", v =>
        {
            var message = Id("", 22) + ".filterdrecv-" + Hex(8) + "-1";
            return $$$"""
                [{"email":"jane@example.com","timestamp":{{{v.Unix - 2}}},"smtp-id":"<{{{Hex(16)}}}@example.com>","event":"processed","category":["welcome"],"sg_event_id":"{{{Id("", 22)}}}","sg_message_id":"{{{message}}}"},{"email":"jane@example.com","timestamp":{{{v.Unix - 1}}},"event":"delivered","response":"250 OK","sg_event_id":"{{{Id("", 22)}}}","sg_message_id":"{{{message}}}"},{"email":"jane@example.com","timestamp":{{{v.Unix}}},"event":"open","sg_machine_open":false,"useragent":"Mozilla/5.0","ip":"192.0.2.10","sg_event_id":"{{{Id("", 22)}}}","sg_message_id":"{{{message}}}"}]
                """;
        }),
    ]);
}
