using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The most used members of a Stripe subscription (<c>customer.subscription.*</c> events).</summary>
public sealed class StripeSubscription
{
    /// <summary>The subscription's id (<c>sub_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>subscription</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "subscription";

    /// <summary>The customer's id (<c>cus_…</c>).</summary>
    [JsonPropertyName("customer")]
    public string Customer { get; set; } = "";

    /// <summary><c>incomplete</c>, <c>incomplete_expired</c>, <c>trialing</c>, <c>active</c>, <c>past_due</c>, <c>canceled</c>, <c>unpaid</c> or <c>paused</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary>The subscribed prices and quantities.</summary>
    [JsonPropertyName("items")]
    public StripeList<StripeSubscriptionItem> Items { get; set; } = new();

    /// <summary>Whether the subscription ends at the end of the current period.</summary>
    [JsonPropertyName("cancel_at_period_end")]
    public bool CancelAtPeriodEnd { get; set; }

    /// <summary>When the subscription is set to end, in Unix seconds.</summary>
    [JsonPropertyName("cancel_at")]
    public long? CancelAt { get; set; }

    /// <summary>When the subscription was canceled, in Unix seconds.</summary>
    [JsonPropertyName("canceled_at")]
    public long? CanceledAt { get; set; }

    /// <summary>When the subscription ended, in Unix seconds.</summary>
    [JsonPropertyName("ended_at")]
    public long? EndedAt { get; set; }

    /// <summary>When the trial starts, in Unix seconds.</summary>
    [JsonPropertyName("trial_start")]
    public long? TrialStart { get; set; }

    /// <summary>When the trial ends, in Unix seconds.</summary>
    [JsonPropertyName("trial_end")]
    public long? TrialEnd { get; set; }

    /// <summary>
    /// The start of the current period, in Unix seconds, in API versions before 2025-03-31; later
    /// versions move it to each item (<see cref="StripeSubscriptionItem.CurrentPeriodStart"/>).
    /// </summary>
    [JsonPropertyName("current_period_start")]
    public long? CurrentPeriodStart { get; set; }

    /// <summary>The end of the current period, in Unix seconds, in API versions before 2025-03-31.</summary>
    [JsonPropertyName("current_period_end")]
    public long? CurrentPeriodEnd { get; set; }

    /// <summary>When the subscription started, in Unix seconds.</summary>
    [JsonPropertyName("start_date")]
    public long StartDate { get; set; }

    /// <summary>The most recent invoice's id (<c>in_…</c>).</summary>
    [JsonPropertyName("latest_invoice")]
    public string? LatestInvoice { get; set; }

    /// <summary>The default payment method's id (<c>pm_…</c>), if any.</summary>
    [JsonPropertyName("default_payment_method")]
    public string? DefaultPaymentMethod { get; set; }

    /// <summary><c>charge_automatically</c> or <c>send_invoice</c>.</summary>
    [JsonPropertyName("collection_method")]
    public string? CollectionMethod { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>When the subscription was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One price of a <see cref="StripeSubscription"/> and its quantity.</summary>
public sealed class StripeSubscriptionItem
{
    /// <summary>The item's id (<c>si_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The price subscribed to.</summary>
    [JsonPropertyName("price")]
    public StripePrice Price { get; set; } = new();

    /// <summary>The quantity; absent for metered prices.</summary>
    [JsonPropertyName("quantity")]
    public long? Quantity { get; set; }

    /// <summary>The start of the item's current period, in Unix seconds (API version 2025-03-31 and later).</summary>
    [JsonPropertyName("current_period_start")]
    public long? CurrentPeriodStart { get; set; }

    /// <summary>The end of the item's current period, in Unix seconds (API version 2025-03-31 and later).</summary>
    [JsonPropertyName("current_period_end")]
    public long? CurrentPeriodEnd { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
