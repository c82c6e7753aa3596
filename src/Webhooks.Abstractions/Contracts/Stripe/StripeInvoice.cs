using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Stripe invoice (<c>invoice.*</c> events). Amounts are integers in the
/// currency's smallest unit.
/// </summary>
public sealed class StripeInvoice
{
    /// <summary>The invoice's id (<c>in_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>invoice</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "invoice";

    /// <summary><c>draft</c>, <c>open</c>, <c>paid</c>, <c>uncollectible</c> or <c>void</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The invoice number shown to the customer, once finalized.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; set; }

    /// <summary>The customer's id (<c>cus_…</c>).</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; set; }

    /// <summary>The customer's email when the invoice was finalized.</summary>
    [JsonPropertyName("customer_email")]
    public string? CustomerEmail { get; set; }

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary>The final amount due, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_due")]
    public long AmountDue { get; set; }

    /// <summary>The amount paid, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_paid")]
    public long AmountPaid { get; set; }

    /// <summary>The amount still due, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_remaining")]
    public long AmountRemaining { get; set; }

    /// <summary>The total before discounts and taxes, in the smallest currency unit.</summary>
    [JsonPropertyName("subtotal")]
    public long Subtotal { get; set; }

    /// <summary>The total after discounts and taxes, in the smallest currency unit.</summary>
    [JsonPropertyName("total")]
    public long Total { get; set; }

    /// <summary>Why the invoice was created, such as <c>subscription_cycle</c> or <c>manual</c>.</summary>
    [JsonPropertyName("billing_reason")]
    public string? BillingReason { get; set; }

    /// <summary><c>charge_automatically</c> or <c>send_invoice</c>.</summary>
    [JsonPropertyName("collection_method")]
    public string? CollectionMethod { get; set; }

    /// <summary>
    /// The subscription's id, in API versions before 2025-03-31; later versions move it to
    /// <c>parent.subscription_details.subscription</c>, which <see cref="SubscriptionId"/> also reads.
    /// </summary>
    [JsonPropertyName("subscription")]
    public string? Subscription { get; set; }

    /// <summary>What the invoice was created for (API version 2025-03-31 and later).</summary>
    [JsonPropertyName("parent")]
    public JsonElement? Parent { get; set; }

    /// <summary>The subscription's id from <see cref="Subscription"/> or <see cref="Parent"/>, whichever the API version sends.</summary>
    [JsonIgnore]
    public string? SubscriptionId =>
        Subscription ?? (Parent is { ValueKind: JsonValueKind.Object } parent
            && parent.TryGetProperty("subscription_details", out var details)
            && details.ValueKind == JsonValueKind.Object
            && details.TryGetProperty("subscription", out var subscription)
            && subscription.ValueKind == JsonValueKind.String
                ? subscription.GetString()
                : null);

    /// <summary>The page where the customer pays, once finalized.</summary>
    [JsonPropertyName("hosted_invoice_url")]
    public string? HostedInvoiceUrl { get; set; }

    /// <summary>The PDF's address, once finalized.</summary>
    [JsonPropertyName("invoice_pdf")]
    public string? InvoicePdf { get; set; }

    /// <summary>The start of the usage period, in Unix seconds.</summary>
    [JsonPropertyName("period_start")]
    public long PeriodStart { get; set; }

    /// <summary>The end of the usage period, in Unix seconds.</summary>
    [JsonPropertyName("period_end")]
    public long PeriodEnd { get; set; }

    /// <summary>When payment is due, in Unix seconds (<c>send_invoice</c> only).</summary>
    [JsonPropertyName("due_date")]
    public long? DueDate { get; set; }

    /// <summary>Your key-value pairs; <c>null</c> when none were set.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>When the invoice was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name, such as the line items.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
