using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Shopify's mandatory <c>customers/data_request</c>: a customer asked the shop for their data; send the
/// shop what your app stores about them.
/// </summary>
[WebhookContract("shopify", Events = ["customers/data_request"])]
public sealed class ShopifyCustomersDataRequest
{
    /// <summary>The shop's id.</summary>
    [JsonPropertyName("shop_id")]
    public long ShopId { get; set; }

    /// <summary>The shop's <c>myshopify.com</c> domain.</summary>
    [JsonPropertyName("shop_domain")]
    public string ShopDomain { get; set; } = "";

    /// <summary>The customer.</summary>
    [JsonPropertyName("customer")]
    public ShopifyComplianceCustomer Customer { get; set; } = new();

    /// <summary>The ids of the customer's orders the request covers.</summary>
    [JsonPropertyName("orders_requested")]
    public List<long> OrdersRequested { get; set; } = [];

    /// <summary>The request.</summary>
    [JsonPropertyName("data_request")]
    public ShopifyDataRequest? DataRequest { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Shopify's mandatory <c>customers/redact</c>: delete or anonymize what your app stores about a customer
/// and the listed orders.
/// </summary>
[WebhookContract("shopify", Events = ["customers/redact"])]
public sealed class ShopifyCustomersRedact
{
    /// <summary>The shop's id.</summary>
    [JsonPropertyName("shop_id")]
    public long ShopId { get; set; }

    /// <summary>The shop's <c>myshopify.com</c> domain.</summary>
    [JsonPropertyName("shop_domain")]
    public string ShopDomain { get; set; } = "";

    /// <summary>The customer.</summary>
    [JsonPropertyName("customer")]
    public ShopifyComplianceCustomer Customer { get; set; } = new();

    /// <summary>The ids of the customer's orders to redact.</summary>
    [JsonPropertyName("orders_to_redact")]
    public List<long> OrdersToRedact { get; set; } = [];

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Shopify's mandatory <c>shop/redact</c>, sent 48 hours after a shop uninstalls the app: delete what your
/// app stores about the shop.
/// </summary>
[WebhookContract("shopify", Events = ["shop/redact"])]
public sealed class ShopifyShopRedact
{
    /// <summary>The shop's id.</summary>
    [JsonPropertyName("shop_id")]
    public long ShopId { get; set; }

    /// <summary>The shop's <c>myshopify.com</c> domain.</summary>
    [JsonPropertyName("shop_domain")]
    public string ShopDomain { get; set; } = "";

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The customer of a compliance webhook; sometimes Shopify knows only the email.</summary>
public sealed class ShopifyComplianceCustomer
{
    /// <summary>The customer's id, if the shop has a customer record.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>The customer's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The customer's phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>data_request</c> of a <see cref="ShopifyCustomersDataRequest"/>.</summary>
public sealed class ShopifyDataRequest
{
    /// <summary>The request's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
