using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Shopify: the topic is the <c>X-Shopify-Topic</c> header; the body is the order, product, customer or shop.</summary>
internal static class ShopifyFixtures
{
    private const string Shop = "sample-shop.myshopify.com";

    public static ProviderFixtures All { get; } = new("shopify",
    [
        Order("orders/create", "pending", cancelled: false),
        Order("orders/paid", "paid", cancelled: false),
        Order("orders/updated", "paid", cancelled: false),
        Order("orders/fulfilled", "paid", cancelled: false),
        Order("orders/cancelled", "refunded", cancelled: true),
        Product("products/create"),
        Product("products/update"),
        FixtureTemplate.OfJson("customers/create", v =>
        {
            var id = Number(13);
            return $$$"""
                {"id":{{{id}}},"admin_graphql_api_id":"gid://shopify/Customer/{{{id}}}","email":"ada@example.com","first_name":"Ada","last_name":"Lovelace","phone":null,"state":"enabled","verified_email":true,"tags":"","currency":"USD","created_at":"{{{v.IsoOffset}}}","updated_at":"{{{v.IsoOffset}}}"}
                """;
        }),
        FixtureTemplate.OfJson("app/uninstalled", v => $$$"""
            {"id":{{{Number(11)}}},"name":"Sample Shop","email":"owner@example.com","domain":"shop.example.com","myshopify_domain":"{{{Shop}}}","shop_owner":"Ada Lovelace","plan_name":"basic","plan_display_name":"Basic","country_code":"US","currency":"USD","iana_timezone":"America/New_York","primary_locale":"en","created_at":"2023-01-05T10:00:00-05:00","updated_at":"{{{v.IsoOffset}}}"}
            """),
        FixtureTemplate.OfJson("customers/data_request", _ => $$$"""
            {"shop_id":954889,"shop_domain":"{{{Shop}}}","orders_requested":[299938,280263,220458],"customer":{"id":191167,"email":"john@example.com","phone":"555-625-1199"},"data_request":{"id":{{{Number(4)}}}}}
            """),
        FixtureTemplate.OfJson("customers/redact", _ => $$$"""
            {"shop_id":954889,"shop_domain":"{{{Shop}}}","customer":{"id":191167,"email":"john@example.com","phone":"555-625-1199"},"orders_to_redact":[299938,280263,220458]}
            """),
        FixtureTemplate.OfJson("shop/redact", _ => $$$"""
            {"shop_id":954889,"shop_domain":"{{{Shop}}}"}
            """),
    ], topic => new Dictionary<string, string>
    {
        ["X-Shopify-Shop-Domain"] = Shop,
        ["X-Shopify-API-Version"] = "2025-07",
        ["X-Shopify-Triggered-At"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["User-Agent"] = "Shopify-Captain-Hook",
    });

    private static FixtureTemplate Order(string topic, string financialStatus, bool cancelled) => FixtureTemplate.OfJson(topic, v =>
    {
        var id = Number(13);
        var number = 1000 + (int)(id % 9000);
        var cancelledAt = cancelled ? $"\"{v.IsoOffset}\"" : "null";
        var cancelReason = cancelled ? "\"customer\"" : "null";
        var fulfillment = topic == "orders/fulfilled" ? "\"fulfilled\"" : "null";
        return $$$"""
            {"id":{{{id}}},"admin_graphql_api_id":"gid://shopify/Order/{{{id}}}","name":"#{{{number}}}","order_number":{{{number}}},"email":"ada@example.com","contact_email":"ada@example.com","currency":"USD","presentment_currency":"USD","total_price":"199.00","subtotal_price":"199.00","total_tax":"0.00","total_discounts":"0.00","financial_status":"{{{financialStatus}}}","fulfillment_status":{{{fulfillment}}},"line_items":[{"id":{{{Number(14)}}},"admin_graphql_api_id":"gid://shopify/LineItem/1","title":"Aviator sunglasses","name":"Aviator sunglasses","quantity":1,"price":"199.00","sku":"SKU2006-001","variant_id":49148385,"product_id":788032119674292922,"variant_title":null,"vendor":"Sample Vendor"}],"customer":{"id":115310627314723954,"admin_graphql_api_id":"gid://shopify/Customer/115310627314723954","email":"ada@example.com","phone":null,"first_name":"Ada","last_name":"Lovelace"},"note":null,"tags":"","test":true,"created_at":"{{{v.IsoOffset}}}","updated_at":"{{{v.IsoOffset}}}","processed_at":"{{{v.IsoOffset}}}","cancelled_at":{{{cancelledAt}}},"cancel_reason":{{{cancelReason}}},"order_status_url":"https://{{{Shop}}}/orders/{{{Hex(32)}}}/authenticate"}
            """;
    });

    private static FixtureTemplate Product(string topic) => FixtureTemplate.OfJson(topic, v =>
    {
        var id = Number(15);
        return $$$"""
            {"id":{{{id}}},"admin_graphql_api_id":"gid://shopify/Product/{{{id}}}","title":"Aviator sunglasses","body_html":"<p>Classic frames.</p>","handle":"aviator-sunglasses","vendor":"Sample Vendor","product_type":"Accessories","status":"active","tags":"summer, sale","variants":[{"id":{{{Number(14)}}},"admin_graphql_api_id":"gid://shopify/ProductVariant/1","product_id":{{{id}}},"title":"Default Title","price":"199.00","compare_at_price":null,"sku":"SKU2006-001","inventory_quantity":25}],"created_at":"{{{v.IsoOffset}}}","updated_at":"{{{v.IsoOffset}}}","published_at":"{{{v.IsoOffset}}}"}
            """;
    });
}
