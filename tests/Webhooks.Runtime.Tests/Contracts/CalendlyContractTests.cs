using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Calendly's webhooks, read through the built-in source-generated metadata.</summary>
public sealed class CalendlyContractTests
{
    private static readonly WebhookContractsJsonContext Json = WebhookContractsJsonContext.Default;

    // The envelope of https://developer.calendly.com/docs/webhooks/overview around the Invitee resource of
    // https://developer.calendly.com/api-docs/calendly-api/scheduled-events/get-event-invitee: the canceled half of a reschedule.
    private const string InviteeCanceled = """
        {
          "created_at": "2024-05-20T14:03:07.000000Z",
          "created_by": "https://api.calendly.com/users/AAAAAAAAAAAAAAAA",
          "event": "invitee.canceled",
          "payload": {
            "uri": "https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/AAAAAAAAAAAAAAAA",
            "email": "test@example.com",
            "name": "John Doe",
            "first_name": null,
            "last_name": null,
            "status": "canceled",
            "timezone": "America/New_York",
            "event": "https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2",
            "cancel_url": "https://calendly.com/cancellations/AAAAAAAAAAAAAAAA",
            "reschedule_url": "https://calendly.com/reschedulings/AAAAAAAAAAAAAAAA",
            "rescheduled": true,
            "old_invitee": null,
            "new_invitee": "https://api.calendly.com/scheduled_events/BBBBBBBBBBBBBBBB/invitees/BBBBBBBBBBBBBBBB",
            "questions_and_answers": [{"question": "Skype ID", "answer": "fake_skype_id", "position": 0}],
            "text_reminder_number": "+1 404-555-1234",
            "tracking": {"utm_campaign": null, "utm_source": "newsletter", "salesforce_uuid": null},
            "cancellation": {"canceled_by": "John Doe", "reason": "Rescheduled", "canceler_type": "invitee"},
            "no_show": null,
            "payment": null,
            "created_at": "2024-05-19T09:00:00.000000Z",
            "updated_at": "2024-05-20T14:03:06.000000Z"
          }
        }
        """;

    [Fact]
    public void Invitee_canceled_by_a_reschedule_is_read()
    {
        var evt = JsonSerializer.Deserialize(InviteeCanceled, Json.CalendlyEventCalendlyInvitee)!;
        var invitee = evt.Payload;

        Assert.Equal(("invitee.canceled", "https://api.calendly.com/users/AAAAAAAAAAAAAAAA"), (evt.EventType, evt.CreatedBy));
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 14, 3, 7, TimeSpan.Zero), evt.CreatedAt);
        Assert.Equal("https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/AAAAAAAAAAAAAAAA", invitee.Uri);
        Assert.Equal(("test@example.com", "John Doe", "canceled", "America/New_York"), (invitee.Email, invitee.Name, invitee.Status, invitee.Timezone));
        Assert.Null(invitee.FirstName);
        Assert.Equal("https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2", invitee.Event);
        Assert.Equal("https://calendly.com/reschedulings/AAAAAAAAAAAAAAAA", invitee.RescheduleUrl);
        Assert.True(invitee.Rescheduled);
        Assert.Null(invitee.OldInvitee);
        Assert.Equal("https://api.calendly.com/scheduled_events/BBBBBBBBBBBBBBBB/invitees/BBBBBBBBBBBBBBBB", invitee.NewInvitee);
        Assert.Equal(("Skype ID", "fake_skype_id", 0), (invitee.QuestionsAndAnswers![0].Question, invitee.QuestionsAndAnswers[0].Answer, invitee.QuestionsAndAnswers[0].Position));
        Assert.Equal("+1 404-555-1234", invitee.TextReminderNumber);
        Assert.Equal("newsletter", invitee.Tracking!.Value.GetProperty("utm_source").GetString());
        Assert.Equal(("John Doe", "Rescheduled", "invitee"), (invitee.Cancellation!.CanceledBy, invitee.Cancellation.Reason, invitee.Cancellation.CancelerType));
        Assert.Null(invitee.NoShow);
        Assert.Equal(JsonValueKind.Null, invitee.AdditionalProperties!["payment"].ValueKind);
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 14, 3, 6, TimeSpan.Zero), invitee.UpdatedAt);
    }

    [Fact]
    public void Invitee_created_has_no_cancellation()
    {
        var evt = JsonSerializer.Deserialize("""
            {"created_at":"2024-05-20T14:03:08.000000Z","created_by":"https://api.calendly.com/users/AAAAAAAAAAAAAAAA","event":"invitee.created","payload":{"uri":"https://api.calendly.com/scheduled_events/BBBBBBBBBBBBBBBB/invitees/BBBBBBBBBBBBBBBB","email":"test@example.com","name":"John Doe","status":"active","rescheduled":false,"old_invitee":"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/AAAAAAAAAAAAAAAA","questions_and_answers":[],"cancellation":null}}
            """, Json.CalendlyEventCalendlyInvitee)!;

        Assert.Equal(("invitee.created", "active"), (evt.EventType, evt.Payload.Status));
        Assert.False(evt.Payload.Rescheduled);
        Assert.Equal("https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/AAAAAAAAAAAAAAAA", evt.Payload.OldInvitee);
        Assert.Empty(evt.Payload.QuestionsAndAnswers!);
        Assert.Null(evt.Payload.Cancellation);
    }

    // The routing form submission resource of Calendly's API reference, as its webhook's payload.
    [Fact]
    public void Routing_form_submission_is_read()
    {
        var evt = JsonSerializer.Deserialize("""
            {"created_at":"2024-05-20T14:03:07.000000Z","created_by":"https://api.calendly.com/users/AAAAAAAAAAAAAAAA","event":"routing_form_submission.created","payload":{"uri":"https://api.calendly.com/routing_form_submissions/AAAAAAAAAAAAAAAA","routing_form":"https://api.calendly.com/routing_forms/AAAAAAAAAAAAAAAA","questions_and_answers":[{"question_uuid":"123e4567-e89b-12d3-a456-426614174000","question":"What is your name?","answer":"John Doe"}],"tracking":{"utm_campaign":null},"result":{"type":"event_type","value":"https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA"},"submitter":null,"submitter_type":null,"created_at":"2024-05-20T14:03:05.000000Z","updated_at":"2024-05-20T14:03:05.000000Z"}}
            """, Json.CalendlyEventCalendlyRoutingFormSubmission)!;
        var submission = evt.Payload;

        Assert.Equal("https://api.calendly.com/routing_form_submissions/AAAAAAAAAAAAAAAA", submission.Uri);
        Assert.Equal("https://api.calendly.com/routing_forms/AAAAAAAAAAAAAAAA", submission.RoutingForm);
        Assert.Equal(("123e4567-e89b-12d3-a456-426614174000", "John Doe"), (submission.QuestionsAndAnswers![0].QuestionUuid, submission.QuestionsAndAnswers[0].Answer));
        Assert.Equal("event_type", submission.Result!.Value.GetProperty("type").GetString());
        Assert.Null(submission.Submitter);
    }

    [Fact]
    public void Any_event_keeps_its_payload_as_json()
    {
        var evt = JsonSerializer.Deserialize(InviteeCanceled, Json.CalendlyEvent)!;

        Assert.Equal("canceled", evt.Payload.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"created_at":"2024-05-20T14:03:07Z","event":"invitee.created","payload":null}""")]
    [InlineData("""{"created_at":"2024-05-20T14:03:07Z","event":"invitee.created","payload":{"uri":"u","email":null,"status":"active"}}""")]
    public void Null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.CalendlyEventCalendlyInvitee));

    [Fact]
    public void Contracts_name_calendly()
    {
        Assert.Equal("calendly", typeof(CalendlyEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
        Assert.Equal("calendly", typeof(CalendlyEvent<CalendlyInvitee>).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
