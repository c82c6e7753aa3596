using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A submitted Webflow form (<c>form_submission</c>).</summary>
public sealed class WebflowFormSubmission
{
    /// <summary>The submission's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The form's name, such as <c>Contact Us</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The site's id.</summary>
    [JsonPropertyName("siteId")]
    public string? SiteId { get; set; }

    /// <summary>The form's id.</summary>
    [JsonPropertyName("formId")]
    public string? FormId { get; set; }

    /// <summary>The id of the form's element on the page.</summary>
    [JsonPropertyName("formElementId")]
    public string? FormElementId { get; set; }

    /// <summary>The values entered, by field name (names are the site's own; values may be strings or numbers).</summary>
    [JsonPropertyName("data")]
    public Dictionary<string, JsonElement>? Data { get; set; }

    /// <summary>The form's fields.</summary>
    [JsonPropertyName("schema")]
    public List<WebflowFormField>? Schema { get; set; }

    /// <summary>When the form was submitted.</summary>
    [JsonPropertyName("submittedAt")]
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One field of a submitted Webflow form.</summary>
public sealed class WebflowFormField
{
    /// <summary>The field's name, the key of its value in <see cref="WebflowFormSubmission.Data"/>.</summary>
    [JsonPropertyName("fieldName")]
    public string FieldName { get; set; } = "";

    /// <summary>The kind of input, such as <c>FormTextInput</c>.</summary>
    [JsonPropertyName("fieldType")]
    public string? FieldType { get; set; }

    /// <summary>The id of the field's element on the page.</summary>
    [JsonPropertyName("fieldElementId")]
    public string? FieldElementId { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
