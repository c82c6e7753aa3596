using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The person who booked a Calendly event (<c>invitee.created</c>, <c>invitee.canceled</c>). A reschedule sends both:
/// the canceled invitee with <see cref="Rescheduled"/> set, and the new one pointing back through <see cref="OldInvitee"/>.
/// </summary>
public sealed class CalendlyInvitee
{
    /// <summary>The invitee's URI; with the event type, it names the delivery (Calendly sends no delivery id).</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The invitee's email.</summary>
    [JsonPropertyName("email")]
    public string Email { get; set; } = "";

    /// <summary>The invitee's full name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The first name, when the event type asks for first and last names apart.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The last name, when the event type asks for first and last names apart.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary><c>active</c> or <c>canceled</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The invitee's time zone, such as <c>Europe/London</c>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }

    /// <summary>The scheduled event's URI.</summary>
    [JsonPropertyName("event")]
    public string? Event { get; set; }

    /// <summary>The link that cancels the booking.</summary>
    [JsonPropertyName("cancel_url")]
    public string? CancelUrl { get; set; }

    /// <summary>The link that reschedules the booking.</summary>
    [JsonPropertyName("reschedule_url")]
    public string? RescheduleUrl { get; set; }

    /// <summary>Whether this invitee was canceled by a reschedule.</summary>
    [JsonPropertyName("rescheduled")]
    public bool Rescheduled { get; set; }

    /// <summary>The URI of the invitee this one replaced, after a reschedule.</summary>
    [JsonPropertyName("old_invitee")]
    public string? OldInvitee { get; set; }

    /// <summary>The URI of the invitee that replaced this one, after a reschedule.</summary>
    [JsonPropertyName("new_invitee")]
    public string? NewInvitee { get; set; }

    /// <summary>The invitee's answers to the booking questions.</summary>
    [JsonPropertyName("questions_and_answers")]
    public List<CalendlyQuestionAndAnswer>? QuestionsAndAnswers { get; set; }

    /// <summary>The phone number for text reminders.</summary>
    [JsonPropertyName("text_reminder_number")]
    public string? TextReminderNumber { get; set; }

    /// <summary>The UTM and Salesforce tracking parameters of the booking, as JSON.</summary>
    [JsonPropertyName("tracking")]
    public JsonElement? Tracking { get; set; }

    /// <summary>Who canceled and why; <c>null</c> while the invitee is active.</summary>
    [JsonPropertyName("cancellation")]
    public CalendlyCancellation? Cancellation { get; set; }

    /// <summary>The no-show mark, when the host set one, as JSON.</summary>
    [JsonPropertyName("no_show")]
    public JsonElement? NoShow { get; set; }

    /// <summary>When the invitee was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An answer to a Calendly booking or routing form question.</summary>
public sealed class CalendlyQuestionAndAnswer
{
    /// <summary>The question's text.</summary>
    [JsonPropertyName("question")]
    public string Question { get; set; } = "";

    /// <summary>The answer given.</summary>
    [JsonPropertyName("answer")]
    public string? Answer { get; set; }

    /// <summary>The question's place on a booking form.</summary>
    [JsonPropertyName("position")]
    public int? Position { get; set; }

    /// <summary>The question's id on a routing form.</summary>
    [JsonPropertyName("question_uuid")]
    public string? QuestionUuid { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Who canceled a Calendly booking, and why.</summary>
public sealed class CalendlyCancellation
{
    /// <summary>The name of whoever canceled.</summary>
    [JsonPropertyName("canceled_by")]
    public string? CanceledBy { get; set; }

    /// <summary>The reason given, if any.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary><c>host</c> or <c>invitee</c>.</summary>
    [JsonPropertyName("canceler_type")]
    public string? CancelerType { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
