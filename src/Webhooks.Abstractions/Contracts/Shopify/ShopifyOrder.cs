using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The most used members of a Shopify order, as the <c>orders/*</c> topics send it (the REST
/// representation, snake_case). Money is a decimal string such as <c>"404.95"</c>, as Shopify sends it;
/// parse it with <see cref="decimal.Parse(string, IFormatProvider)"/> and the invariant culture.
/// </summary>
[WebhookContract("shopify", Events = ["orders/create", "orders/updated", "orders/paid", "orders/cancelled", "orders/fulfilled", "orders/partially_fulfilled"])]
public sealed class ShopifyOrder
{
    /// <summary>The order's id; above 2^53, so JavaScript clients see it rounded.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The order's GraphQL id, such as <c>gid://shopify/Order/820982911946154508</c>.</summary>
    [JsonPropertyName("admin_graphql_api_id")]
    public string? AdminGraphqlApiId { get; set; }

    /// <summary>The name shown to the merchant and customer, such as <c>#1001</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The order number, without the shop's prefix.</summary>
    [JsonPropertyName("order_number")]
    public long OrderNumber { get; set; }

    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The email to contact about the order.</summary>
    [JsonPropertyName("contact_email")]
    public string? ContactEmail { get; set; }

    /// <summary>The shop's three-letter ISO currency code.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary>The currency the customer paid in.</summary>
    [JsonPropertyName("presentment_currency")]
    public string? PresentmentCurrency { get; set; }

    /// <summary>The total after discounts, shipping and taxes, in the shop's currency.</summary>
    [JsonPropertyName("total_price")]
    public string TotalPrice { get; set; } = "0.00";

    /// <summary>The total of the line items after discounts, before shipping and taxes.</summary>
    [JsonPropertyName("subtotal_price")]
    public string? SubtotalPrice { get; set; }

    /// <summary>The total tax.</summary>
    [JsonPropertyName("total_tax")]
    public string? TotalTax { get; set; }

    /// <summary>The total discounts.</summary>
    [JsonPropertyName("total_discounts")]
    public string? TotalDiscounts { get; set; }

    /// <summary><c>pending</c>, <c>authorized</c>, <c>partially_paid</c>, <c>paid</c>, <c>partially_refunded</c>, <c>refunded</c> or <c>voided</c>.</summary>
    [JsonPropertyName("financial_status")]
    public string? FinancialStatus { get; set; }

    /// <summary><c>fulfilled</c>, <c>partial</c>, <c>restocked</c>, or <c>null</c> when nothing is fulfilled yet.</summary>
    [JsonPropertyName("fulfillment_status")]
    public string? FulfillmentStatus { get; set; }

    /// <summary>The items ordered.</summary>
    [JsonPropertyName("line_items")]
    public List<ShopifyLineItem> LineItems { get; set; } = [];

    /// <summary>The customer; <c>null</c> for orders without one.</summary>
    [JsonPropertyName("customer")]
    public ShopifyCustomer? Customer { get; set; }

    /// <summary>The merchant's note.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; set; }

    /// <summary>The tags, comma-separated.</summary>
    [JsonPropertyName("tags")]
    public string? Tags { get; set; }

    /// <summary>Whether this is a test order.</summary>
    [JsonPropertyName("test")]
    public bool Test { get; set; }

    /// <summary>When the order was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the order last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the order was processed.</summary>
    [JsonPropertyName("processed_at")]
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>When the order was cancelled.</summary>
    [JsonPropertyName("cancelled_at")]
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Why the order was cancelled: <c>customer</c>, <c>fraud</c>, <c>inventory</c>, <c>declined</c> or <c>other</c>.</summary>
    [JsonPropertyName("cancel_reason")]
    public string? CancelReason { get; set; }

    /// <summary>The customer's order status page.</summary>
    [JsonPropertyName("order_status_url")]
    public string? OrderStatusUrl { get; set; }

    /// <summary>Members that this type doesn't name, such as addresses and shipping lines.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An item of a <see cref="ShopifyOrder"/>.</summary>
public sealed class ShopifyLineItem
{
    /// <summary>The line item's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The line item's GraphQL id.</summary>
    [JsonPropertyName("admin_graphql_api_id")]
    public string? AdminGraphqlApiId { get; set; }

    /// <summary>The product's title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The product and variant title together.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>How many were ordered.</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; set; }

    /// <summary>The unit price before discounts, as a decimal string.</summary>
    [JsonPropertyName("price")]
    public string Price { get; set; } = "0.00";

    /// <summary>The variant's SKU.</summary>
    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    /// <summary>The variant's id; <c>null</c> for custom items or a deleted variant.</summary>
    [JsonPropertyName("variant_id")]
    public long? VariantId { get; set; }

    /// <summary>The product's id; <c>null</c> for custom items or a deleted product.</summary>
    [JsonPropertyName("product_id")]
    public long? ProductId { get; set; }

    /// <summary>The variant's title.</summary>
    [JsonPropertyName("variant_title")]
    public string? VariantTitle { get; set; }

    /// <summary>The vendor.</summary>
    [JsonPropertyName("vendor")]
    public string? Vendor { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The customer of a <see cref="ShopifyOrder"/>.</summary>
public sealed class ShopifyCustomer
{
    /// <summary>The customer's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The customer's GraphQL id.</summary>
    [JsonPropertyName("admin_graphql_api_id")]
    public string? AdminGraphqlApiId { get; set; }

    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The customer's phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>The customer's first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The customer's last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
