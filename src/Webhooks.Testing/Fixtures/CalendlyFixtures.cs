using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Calendly: <c>event</c>, <c>created_at</c>, <c>created_by</c> and the invitee or submission in <c>payload</c>.</summary>
internal static class CalendlyFixtures
{
    public static ProviderFixtures All { get; } = new("calendly",
    [
        Event("invitee.created", v => Invitee(v, "active")),
        Event("invitee.canceled", v => Invitee(v, "canceled")),
        Event("routing_form_submission.created", v => $$$"""
            {"uri":"https://api.calendly.com/routing_form_submissions/{{{Uuid()}}}","routing_form":"https://api.calendly.com/routing_forms/AAAAAAAAAAAAAAAA","questions_and_answers":[{"question_uuid":"{{{Uuid()}}}","question":"What is your company size?","answer":"11-50"}],"tracking":{"utm_campaign":null,"utm_source":null},"result":{"type":"event_type","value":"https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA"},"submitter":null,"submitter_type":null,"created_at":"{{{v.Iso}}}","updated_at":"{{{v.Iso}}}"}
            """),
    ]);

    private static FixtureTemplate Event(string type, Func<FixtureValues, string> payload) => FixtureTemplate.OfJson(type, v => $$$"""
        {"created_at":"{{{v.Iso}}}","created_by":"https://api.calendly.com/users/AAAAAAAAAAAAAAAA","event":"{{{v.Type}}}","payload":{{{payload(v)}}}}
        """);

    private static string Invitee(FixtureValues v, string status) => $$$"""
        {"uri":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/{{{Uuid()}}}","email":"ada@example.com","name":"Ada Lovelace","first_name":null,"last_name":null,"status":"{{{status}}}","timezone":"Europe/London","event":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2","cancel_url":"https://calendly.com/cancellations/AAAAAAAAAAAAAAAA","reschedule_url":"https://calendly.com/reschedulings/AAAAAAAAAAAAAAAA","rescheduled":false,"old_invitee":null,"new_invitee":null,"questions_and_answers":[],"text_reminder_number":null,"tracking":{"utm_campaign":null,"utm_source":null},"cancellation":{{{(status == "canceled" ? "{\"canceled_by\":\"Ada Lovelace\",\"reason\":\"Can't make it\",\"canceler_type\":\"invitee\"}" : "null")}}},"no_show":null,"created_at":"{{{v.IsoBefore(3600)}}}","updated_at":"{{{v.Iso}}}"}
        """;
}
