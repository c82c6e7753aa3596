using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A submitted Calendly routing form, booked or not (<c>routing_form_submission.created</c>).</summary>
public sealed class CalendlyRoutingFormSubmission
{
    /// <summary>The submission's URI.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; set; } = "";

    /// <summary>The routing form's URI.</summary>
    [JsonPropertyName("routing_form")]
    public string? RoutingForm { get; set; }

    /// <summary>The answers given.</summary>
    [JsonPropertyName("questions_and_answers")]
    public List<CalendlyQuestionAndAnswer>? QuestionsAndAnswers { get; set; }

    /// <summary>The UTM and Salesforce tracking parameters, as JSON.</summary>
    [JsonPropertyName("tracking")]
    public JsonElement? Tracking { get; set; }

    /// <summary>Where the form routed the submitter (its <c>type</c> and <c>value</c>), as JSON.</summary>
    [JsonPropertyName("result")]
    public JsonElement? Result { get; set; }

    /// <summary>The URI of the invitee who submitted, once they book; otherwise <c>null</c>.</summary>
    [JsonPropertyName("submitter")]
    public string? Submitter { get; set; }

    /// <summary>The kind of <see cref="Submitter"/>, such as <c>Invitee</c>.</summary>
    [JsonPropertyName("submitter_type")]
    public string? SubmitterType { get; set; }

    /// <summary>When the form was submitted.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
