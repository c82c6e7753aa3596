using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Shopify's <c>app/uninstalled</c>: the shop that removed the app, as the Shop resource. The shop's access
/// token no longer works; <c>shop/redact</c> follows 48 hours later.
/// </summary>
[WebhookContract("shopify", Events = ["app/uninstalled"])]
public sealed class ShopifyAppUninstalled
{
    /// <summary>The shop's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The shop's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The shop owner's contact email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The shop's primary domain.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>The shop's <c>myshopify.com</c> domain (the <c>X-Shopify-Shop-Domain</c> header carries it too).</summary>
    [JsonPropertyName("myshopify_domain")]
    public string? MyshopifyDomain { get; set; }

    /// <summary>The shop owner's name.</summary>
    [JsonPropertyName("shop_owner")]
    public string? ShopOwner { get; set; }

    /// <summary>The plan's internal name, such as <c>enterprise</c>.</summary>
    [JsonPropertyName("plan_name")]
    public string? PlanName { get; set; }

    /// <summary>The plan's display name, such as <c>Shopify Plus</c>.</summary>
    [JsonPropertyName("plan_display_name")]
    public string? PlanDisplayName { get; set; }

    /// <summary>The shop's two-letter country code.</summary>
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    /// <summary>The shop's three-letter ISO currency code.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>The shop's IANA time zone, such as <c>America/New_York</c>.</summary>
    [JsonPropertyName("iana_timezone")]
    public string? IanaTimezone { get; set; }

    /// <summary>The shop's primary locale, such as <c>en</c>.</summary>
    [JsonPropertyName("primary_locale")]
    public string? PrimaryLocale { get; set; }

    /// <summary>When the shop was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the shop's settings last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
