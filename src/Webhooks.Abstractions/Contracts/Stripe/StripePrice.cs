using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The most used members of a Stripe price, as a subscription item carries it.</summary>
public sealed class StripePrice
{
    /// <summary>The price's id (<c>price_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The product's id (<c>prod_…</c>).</summary>
    [JsonPropertyName("product")]
    public string Product { get; set; } = "";

    /// <summary>The unit amount in the smallest currency unit; <c>null</c> for tiered or custom prices.</summary>
    [JsonPropertyName("unit_amount")]
    public long? UnitAmount { get; set; }

    /// <summary>The three-letter ISO currency code, lowercase.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary><c>one_time</c> or <c>recurring</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The billing interval of a recurring price.</summary>
    [JsonPropertyName("recurring")]
    public StripePriceRecurring? Recurring { get; set; }

    /// <summary>Your lookup key, if set.</summary>
    [JsonPropertyName("lookup_key")]
    public string? LookupKey { get; set; }

    /// <summary>The name shown to you, not to customers.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    /// <summary>Whether the price can be used for new purchases.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>recurring</c> of a <see cref="StripePrice"/>.</summary>
public sealed class StripePriceRecurring
{
    /// <summary><c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</summary>
    [JsonPropertyName("interval")]
    public string Interval { get; set; } = "";

    /// <summary>How many intervals between billings.</summary>
    [JsonPropertyName("interval_count")]
    public long IntervalCount { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
