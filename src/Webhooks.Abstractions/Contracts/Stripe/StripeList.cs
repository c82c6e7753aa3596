using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A Stripe list object (<c>"object": "list"</c>), as nested in objects such as a subscription's items.</summary>
/// <typeparam name="TItem">The type of the listed objects.</typeparam>
public sealed class StripeList<TItem>
{
    /// <summary>The listed objects (in events, at most the first page).</summary>
    [JsonPropertyName("data")]
    public List<TItem> Data { get; set; } = [];

    /// <summary>Whether more objects exist than <see cref="Data"/> holds.</summary>
    [JsonPropertyName("has_more")]
    public bool HasMore { get; set; }

    /// <summary>The API address of the full list.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
