using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The most used members of a Paddle subscription (<c>subscription.*</c> events).</summary>
public sealed class PaddleSubscription
{
    /// <summary>The subscription's id (<c>sub_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The status: <c>active</c>, <c>canceled</c>, <c>past_due</c>, <c>paused</c> or <c>trialing</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The customer's id (<c>ctm_…</c>).</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>The address's id (<c>add_…</c>).</summary>
    [JsonPropertyName("address_id")]
    public string? AddressId { get; set; }

    /// <summary>The currency, such as <c>USD</c>.</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary>When the next payment is due.</summary>
    [JsonPropertyName("next_billed_at")]
    public DateTimeOffset? NextBilledAt { get; set; }

    /// <summary>When the subscription was canceled.</summary>
    [JsonPropertyName("canceled_at")]
    public DateTimeOffset? CanceledAt { get; set; }

    /// <summary>The items (prices and quantities), as JSON.</summary>
    [JsonPropertyName("items")]
    public JsonElement? Items { get; set; }

    /// <summary>Your data, as set on the subscription.</summary>
    [JsonPropertyName("custom_data")]
    public JsonElement? CustomData { get; set; }

    /// <summary>When the subscription was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
