using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A Paddle customer (<c>customer.*</c> events).</summary>
public sealed class PaddleCustomer
{
    /// <summary>The customer's id (<c>ctm_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string Email { get; set; } = "";

    /// <summary>The customer's locale, such as <c>en</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary><c>active</c> or <c>archived</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>Whether the customer agreed to marketing.</summary>
    [JsonPropertyName("marketing_consent")]
    public bool MarketingConsent { get; set; }

    /// <summary>Your data, as set on the customer.</summary>
    [JsonPropertyName("custom_data")]
    public JsonElement? CustomData { get; set; }

    /// <summary>When the customer was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
