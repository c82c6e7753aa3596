using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Shopify product, as <c>products/create</c> and <c>products/update</c> send
/// it. Money is a decimal string, as Shopify sends it.
/// </summary>
[WebhookContract("shopify", Events = ["products/create", "products/update"])]
public sealed class ShopifyProduct
{
    /// <summary>The product's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The product's GraphQL id.</summary>
    [JsonPropertyName("admin_graphql_api_id")]
    public string? AdminGraphqlApiId { get; set; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The description, as HTML.</summary>
    [JsonPropertyName("body_html")]
    public string? BodyHtml { get; set; }

    /// <summary>The handle in the product's address, such as <c>example-t-shirt</c>.</summary>
    [JsonPropertyName("handle")]
    public string? Handle { get; set; }

    /// <summary>The vendor.</summary>
    [JsonPropertyName("vendor")]
    public string? Vendor { get; set; }

    /// <summary>The merchant's product type.</summary>
    [JsonPropertyName("product_type")]
    public string? ProductType { get; set; }

    /// <summary><c>active</c>, <c>archived</c> or <c>draft</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The tags, comma-separated.</summary>
    [JsonPropertyName("tags")]
    public string? Tags { get; set; }

    /// <summary>The variants.</summary>
    [JsonPropertyName("variants")]
    public List<ShopifyProductVariant> Variants { get; set; } = [];

    /// <summary>When the product was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the product last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the product was published; <c>null</c> while unpublished.</summary>
    [JsonPropertyName("published_at")]
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Members that this type doesn't name, such as options and images.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A variant of a <see cref="ShopifyProduct"/>.</summary>
public sealed class ShopifyProductVariant
{
    /// <summary>The variant's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The variant's GraphQL id.</summary>
    [JsonPropertyName("admin_graphql_api_id")]
    public string? AdminGraphqlApiId { get; set; }

    /// <summary>The product's id.</summary>
    [JsonPropertyName("product_id")]
    public long? ProductId { get; set; }

    /// <summary>The title, such as <c>Small</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The price, as a decimal string.</summary>
    [JsonPropertyName("price")]
    public string? Price { get; set; }

    /// <summary>The price before a sale, as a decimal string.</summary>
    [JsonPropertyName("compare_at_price")]
    public string? CompareAtPrice { get; set; }

    /// <summary>The SKU.</summary>
    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    /// <summary>The quantity in stock across locations.</summary>
    [JsonPropertyName("inventory_quantity")]
    public long? InventoryQuantity { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
