using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Stripe charge (<c>charge.*</c> events). Amounts are integers in the
/// currency's smallest unit.
/// </summary>
public sealed class StripeCharge
{
    /// <summary>The charge's id (<c>ch_…</c> or <c>py_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>charge</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "charge";

    /// <summary>The amount charged, in the smallest currency unit.</summary>
    [JsonPropertyName("amount")]
    public long Amount { get; set; }

    /// <summary>The amount captured, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_captured")]
    public long AmountCaptured { get; set; }

    /// <summary>The amount refunded, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_refunded")]
    public long AmountRefunded { get; set; }

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary><c>succeeded</c>, <c>pending</c> or <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>Whether the charge succeeded or was authorized for capture.</summary>
    [JsonPropertyName("paid")]
    public bool Paid { get; set; }

    /// <summary>Whether the charge was captured.</summary>
    [JsonPropertyName("captured")]
    public bool Captured { get; set; }

    /// <summary>Whether the charge was fully refunded.</summary>
    [JsonPropertyName("refunded")]
    public bool Refunded { get; set; }

    /// <summary>The customer's id (<c>cus_…</c>), if any.</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; set; }

    /// <summary>The PaymentIntent's id (<c>pi_…</c>), if any.</summary>
    [JsonPropertyName("payment_intent")]
    public string? PaymentIntent { get; set; }

    /// <summary>The payment method's id, if any.</summary>
    [JsonPropertyName("payment_method")]
    public string? PaymentMethod { get; set; }

    /// <summary>The balance transaction's id (<c>txn_…</c>), if any.</summary>
    [JsonPropertyName("balance_transaction")]
    public string? BalanceTransaction { get; set; }

    /// <summary>The description, if any.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The error code of a failed charge.</summary>
    [JsonPropertyName("failure_code")]
    public string? FailureCode { get; set; }

    /// <summary>The error message of a failed charge.</summary>
    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; set; }

    /// <summary>Where the receipt went, if anywhere.</summary>
    [JsonPropertyName("receipt_email")]
    public string? ReceiptEmail { get; set; }

    /// <summary>The receipt's address.</summary>
    [JsonPropertyName("receipt_url")]
    public string? ReceiptUrl { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>When the charge was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
