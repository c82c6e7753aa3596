using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The most used members of a Paddle transaction (<c>transaction.*</c> events).</summary>
public sealed class PaddleTransaction
{
    /// <summary>The transaction's id (<c>txn_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The status: <c>draft</c>, <c>ready</c>, <c>billed</c>, <c>paid</c>, <c>completed</c>, <c>canceled</c> or <c>past_due</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The customer's id (<c>ctm_…</c>).</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>The subscription's id (<c>sub_…</c>), when the transaction is for one.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>The invoice number, once billed.</summary>
    [JsonPropertyName("invoice_number")]
    public string? InvoiceNumber { get; set; }

    /// <summary>The currency, such as <c>USD</c>.</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary>What created it, such as <c>web</c> or <c>subscription_recurring</c>.</summary>
    [JsonPropertyName("origin")]
    public string? Origin { get; set; }

    /// <summary>The totals, taxes and line items, as JSON (amounts are strings of the lowest denomination).</summary>
    [JsonPropertyName("details")]
    public JsonElement? Details { get; set; }

    /// <summary>The payment attempts, as JSON.</summary>
    [JsonPropertyName("payments")]
    public JsonElement? Payments { get; set; }

    /// <summary>Your data, as set on the transaction.</summary>
    [JsonPropertyName("custom_data")]
    public JsonElement? CustomData { get; set; }

    /// <summary>When it was billed.</summary>
    [JsonPropertyName("billed_at")]
    public DateTimeOffset? BilledAt { get; set; }

    /// <summary>When the transaction was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
