using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A WooCommerce order (REST API v3), the body of <c>order.created</c> and <c>order.updated</c>.</summary>
[WebhookContract("woocommerce")]
public sealed class WooCommerceOrder
{
    /// <summary>The order's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The status, such as <c>processing</c> or <c>completed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The currency, such as <c>USD</c>.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>When the order was created, as WooCommerce sends it: the shop's local time with no offset, such as <c>2017-03-22T16:28:02</c>.</summary>
    [JsonPropertyName("date_created")]
    public string? DateCreated { get; set; }

    /// <summary>The total, as WooCommerce sends it: a decimal string such as <c>29.35</c>.</summary>
    [JsonPropertyName("total")]
    public string? Total { get; set; }

    /// <summary>The customer's id; 0 for a guest.</summary>
    [JsonPropertyName("customer_id")]
    public long? CustomerId { get; set; }

    /// <summary>The order's key, such as <c>wc_order_…</c>.</summary>
    [JsonPropertyName("order_key")]
    public string? OrderKey { get; set; }

    /// <summary>The payment method's id, such as <c>bacs</c>.</summary>
    [JsonPropertyName("payment_method")]
    public string? PaymentMethod { get; set; }

    /// <summary>The billing address (<c>first_name</c>, <c>email</c>, <c>country</c>, …).</summary>
    [JsonPropertyName("billing")]
    public JsonElement? Billing { get; set; }

    /// <summary>The ordered items.</summary>
    [JsonPropertyName("line_items")]
    public List<WooCommerceLineItem>? LineItems { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An item of <see cref="WooCommerceOrder.LineItems"/>.</summary>
public sealed class WooCommerceLineItem
{
    /// <summary>The item's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The product's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The product's id.</summary>
    [JsonPropertyName("product_id")]
    public long? ProductId { get; set; }

    /// <summary>How many were ordered.</summary>
    [JsonPropertyName("quantity")]
    public long Quantity { get; set; }

    /// <summary>The item's total, a decimal string.</summary>
    [JsonPropertyName("total")]
    public string? Total { get; set; }
}
