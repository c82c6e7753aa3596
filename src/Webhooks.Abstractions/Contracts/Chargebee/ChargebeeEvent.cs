using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

// Chargebee's Event resource (https://apidocs.chargebee.com/docs/api/events) and the resources its content carries.
// Amounts are in the currency's smallest unit; times are unix seconds.
/// <summary>A Chargebee webhook delivery: an event resource whose <see cref="Content"/> holds the resources it is about.</summary>
[WebhookContract("chargebee")]
public sealed class ChargebeeEvent
{
    /// <summary>The event's id (<c>ev_…</c>); the same on retries.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>When it happened, in unix seconds.</summary>
    [JsonPropertyName("occurred_at")]
    public long OccurredAt { get; set; }

    /// <summary>What caused it, such as <c>admin_console</c> or <c>api</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Who caused it, when a user did.</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>Always <c>event</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary><c>v1</c> or <c>v2</c>.</summary>
    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; set; }

    /// <summary>The event type, such as <c>subscription_created</c>.</summary>
    [JsonPropertyName("event_type")]
    public string EventType { get; set; } = "";

    /// <summary>The delivery's status, such as <c>scheduled</c>.</summary>
    [JsonPropertyName("webhook_status")]
    public string? WebhookStatus { get; set; }

    /// <summary>The resources the event is about.</summary>
    [JsonPropertyName("content")]
    public ChargebeeEventContent Content { get; set; } = new();

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The resources of a <see cref="ChargebeeEvent"/>; those not named here stay in <see cref="AdditionalProperties"/>.</summary>
public sealed class ChargebeeEventContent
{
    /// <summary>The subscription, for subscription events.</summary>
    [JsonPropertyName("subscription")]
    public ChargebeeSubscription? Subscription { get; set; }

    /// <summary>The customer.</summary>
    [JsonPropertyName("customer")]
    public ChargebeeCustomer? Customer { get; set; }

    /// <summary>The invoice, for invoice and payment events.</summary>
    [JsonPropertyName("invoice")]
    public ChargebeeInvoice? Invoice { get; set; }

    /// <summary>The transaction, for payment events.</summary>
    [JsonPropertyName("transaction")]
    public ChargebeeTransaction? Transaction { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Chargebee subscription.</summary>
public sealed class ChargebeeSubscription
{
    /// <summary>The subscription's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>Its customer's id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary><c>future</c>, <c>in_trial</c>, <c>active</c>, <c>non_renewing</c>, <c>paused</c>, <c>cancelled</c> or <c>transferred</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The currency, such as <c>USD</c>.</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary><c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</summary>
    [JsonPropertyName("billing_period_unit")]
    public string? BillingPeriodUnit { get; set; }

    /// <summary>When it was created, in unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long? CreatedAt { get; set; }

    /// <summary>When it started, in unix seconds.</summary>
    [JsonPropertyName("started_at")]
    public long? StartedAt { get; set; }

    /// <summary>The current term's start, in unix seconds.</summary>
    [JsonPropertyName("current_term_start")]
    public long? CurrentTermStart { get; set; }

    /// <summary>The current term's end, in unix seconds.</summary>
    [JsonPropertyName("current_term_end")]
    public long? CurrentTermEnd { get; set; }

    /// <summary>The next billing, in unix seconds.</summary>
    [JsonPropertyName("next_billing_at")]
    public long? NextBillingAt { get; set; }

    /// <summary>When it was cancelled, in unix seconds.</summary>
    [JsonPropertyName("cancelled_at")]
    public long? CancelledAt { get; set; }

    /// <summary>Whether it was deleted.</summary>
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    /// <summary>Its items (plans, addons, charges), as JSON.</summary>
    [JsonPropertyName("subscription_items")]
    public JsonElement? SubscriptionItems { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Chargebee customer.</summary>
public sealed class ChargebeeCustomer
{
    /// <summary>The customer's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>The e-mail address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The company.</summary>
    [JsonPropertyName("company")]
    public string? Company { get; set; }

    /// <summary>When the customer was created, in unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long? CreatedAt { get; set; }

    /// <summary>Whether the customer was deleted.</summary>
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Chargebee invoice.</summary>
public sealed class ChargebeeInvoice
{
    /// <summary>The invoice's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>Its customer's id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>Its subscription's id, if any.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary><c>paid</c>, <c>posted</c>, <c>payment_due</c>, <c>not_paid</c>, <c>voided</c> or <c>pending</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The currency.</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary>The total, in the currency's smallest unit.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>What was paid, in the smallest unit.</summary>
    [JsonPropertyName("amount_paid")]
    public long? AmountPaid { get; set; }

    /// <summary>What is due, in the smallest unit.</summary>
    [JsonPropertyName("amount_due")]
    public long? AmountDue { get; set; }

    /// <summary>The invoice date, in unix seconds.</summary>
    [JsonPropertyName("date")]
    public long? Date { get; set; }

    /// <summary>When payment is due, in unix seconds.</summary>
    [JsonPropertyName("due_date")]
    public long? DueDate { get; set; }

    /// <summary>When it was paid, in unix seconds.</summary>
    [JsonPropertyName("paid_at")]
    public long? PaidAt { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Chargebee transaction (a payment, refund or authorization).</summary>
public sealed class ChargebeeTransaction
{
    /// <summary>The transaction's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>Its customer's id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>Its subscription's id, if any.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary><c>authorization</c>, <c>payment</c>, <c>refund</c> or <c>payment_reversal</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary><c>in_progress</c>, <c>success</c>, <c>voided</c>, <c>failure</c>, <c>timeout</c> or <c>needs_attention</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The currency.</summary>
    [JsonPropertyName("currency_code")]
    public string? CurrencyCode { get; set; }

    /// <summary>The amount, in the currency's smallest unit.</summary>
    [JsonPropertyName("amount")]
    public long? Amount { get; set; }

    /// <summary>When it happened, in unix seconds.</summary>
    [JsonPropertyName("date")]
    public long? Date { get; set; }

    /// <summary>How it was paid, such as <c>card</c>.</summary>
    [JsonPropertyName("payment_method")]
    public string? PaymentMethod { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
