using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Stripe Checkout Session (<c>checkout.session.*</c> events). Amounts are
/// integers in the currency's smallest unit.
/// </summary>
public sealed class StripeCheckoutSession
{
    /// <summary>The session's id (<c>cs_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>checkout.session</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "checkout.session";

    /// <summary><c>payment</c>, <c>setup</c> or <c>subscription</c>.</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = "";

    /// <summary><c>open</c>, <c>complete</c> or <c>expired</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary><c>paid</c>, <c>unpaid</c> or <c>no_payment_required</c>.</summary>
    [JsonPropertyName("payment_status")]
    public string PaymentStatus { get; set; } = "";

    /// <summary>The total before discounts and taxes, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_subtotal")]
    public long? AmountSubtotal { get; set; }

    /// <summary>The total after discounts and taxes, in the smallest currency unit.</summary>
    [JsonPropertyName("amount_total")]
    public long? AmountTotal { get; set; }

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Your reference for the session, such as a cart or user id.</summary>
    [JsonPropertyName("client_reference_id")]
    public string? ClientReferenceId { get; set; }

    /// <summary>The customer's id (<c>cus_…</c>), if one exists or was created.</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; set; }

    /// <summary>The email the session was created with, if any.</summary>
    [JsonPropertyName("customer_email")]
    public string? CustomerEmail { get; set; }

    /// <summary>What the customer entered at checkout.</summary>
    [JsonPropertyName("customer_details")]
    public StripeCheckoutCustomerDetails? CustomerDetails { get; set; }

    /// <summary>The PaymentIntent's id (<c>pi_…</c>), in <c>payment</c> mode.</summary>
    [JsonPropertyName("payment_intent")]
    public string? PaymentIntent { get; set; }

    /// <summary>The subscription's id (<c>sub_…</c>), in <c>subscription</c> mode.</summary>
    [JsonPropertyName("subscription")]
    public string? Subscription { get; set; }

    /// <summary>The invoice's id (<c>in_…</c>), if one was created.</summary>
    [JsonPropertyName("invoice")]
    public string? Invoice { get; set; }

    /// <summary>The hosted page's address, while the session is open.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Where the customer goes after paying.</summary>
    [JsonPropertyName("success_url")]
    public string? SuccessUrl { get; set; }

    /// <summary>Your key-value pairs; <c>null</c> when none were set.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>When the session was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>When the session expires, in Unix seconds.</summary>
    [JsonPropertyName("expires_at")]
    public long ExpiresAt { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>customer_details</c> of a <see cref="StripeCheckoutSession"/>.</summary>
public sealed class StripeCheckoutCustomerDetails
{
    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The customer's phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Members that this type doesn't name, such as the address.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
