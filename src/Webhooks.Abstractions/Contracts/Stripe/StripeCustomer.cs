using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The most used members of a Stripe customer (<c>customer.*</c> events).</summary>
public sealed class StripeCustomer
{
    /// <summary>The customer's id (<c>cus_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>customer</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "customer";

    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The customer's full name or business name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The customer's phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Your description of the customer.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The currency the customer is billed in, if set.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>The balance applied to the next invoice, in the smallest currency unit (negative is a credit).</summary>
    [JsonPropertyName("balance")]
    public long Balance { get; set; }

    /// <summary>Whether the customer's latest invoice is overdue.</summary>
    [JsonPropertyName("delinquent")]
    public bool? Delinquent { get; set; }

    /// <summary>Your key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>When the customer was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the object exists in live mode.</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
