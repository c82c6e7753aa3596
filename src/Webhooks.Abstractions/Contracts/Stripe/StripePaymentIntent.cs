using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Stripe PaymentIntent (<c>payment_intent.*</c> events). Amounts are integers
/// in the currency's smallest unit (cents for USD), as Stripe sends them.
/// </summary>
public sealed class StripePaymentIntent
{
    /// <summary>The PaymentIntent's id (<c>pi_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>payment_intent</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "payment_intent";

    /// <summary>The amount intended to be collected, in the smallest currency unit.</summary>
    [JsonPropertyName("amount")]
    public long Amount { get; set; }

    /// <summary>The amount that can still be captured, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_capturable")]
    public long AmountCapturable { get; set; }

    /// <summary>The amount received, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_received")]
    public long AmountReceived { get; set; }

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary><c>requires_payment_method</c>, <c>requires_confirmation</c>, <c>requires_action</c>, <c>processing</c>, <c>requires_capture</c>, <c>canceled</c> or <c>succeeded</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The customer's id (<c>cus_…</c>), if any.</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; set; }

    /// <summary>The description, if any.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The id of the latest charge (<c>ch_…</c>), if any.</summary>
    [JsonPropertyName("latest_charge")]
    public string? LatestCharge { get; set; }

    /// <summary>The payment method's id (<c>pm_…</c>), if any.</summary>
    [JsonPropertyName("payment_method")]
    public string? PaymentMethod { get; set; }

    /// <summary><c>automatic</c>, <c>automatic_async</c> or <c>manual</c>.</summary>
    [JsonPropertyName("capture_method")]
    public string? CaptureMethod { get; set; }

    /// <summary>Where the receipt goes, if anywhere.</summary>
    [JsonPropertyName("receipt_email")]
    public string? ReceiptEmail { get; set; }

    /// <summary>When the PaymentIntent was canceled, in Unix seconds.</summary>
    [JsonPropertyName("canceled_at")]
    public long? CanceledAt { get; set; }

    /// <summary>Why the PaymentIntent was canceled.</summary>
    [JsonPropertyName("cancellation_reason")]
    public string? CancellationReason { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>When the PaymentIntent was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
