using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// WooCommerce: the topic is the <c>X-WC-Webhook-Topic</c> header, beside its resource, event, source and webhook id
/// headers; the body is the REST API (v3) resource, or just its <c>id</c> for a deletion.
/// </summary>
internal static class WooCommerceFixtures
{
    public static ProviderFixtures All { get; } = new("woocommerce",
    [
        Order("order.created", "processing"),
        Order("order.updated", "completed"),
        FixtureTemplate.OfJson("order.deleted", _ => $$$"""{"id":{{{Number(4)}}}}"""),
        Product("product.created"),
        Product("product.updated"),
        FixtureTemplate.OfJson("customer.created", v => $$$"""
            {"id":{{{Number(3)}}},"date_created":"{{{Local(v)}}}","date_created_gmt":"{{{Local(v)}}}","email":"ada@example.com","first_name":"Ada","last_name":"Lovelace","role":"customer","username":"ada","billing":{"first_name":"Ada","last_name":"Lovelace","city":"London","country":"GB","email":"ada@example.com"},"shipping":{"first_name":"Ada","last_name":"Lovelace","city":"London","country":"GB"},"is_paying_customer":false}
            """),
        FixtureTemplate.OfJson("coupon.created", v => $$$"""
            {"id":{{{Number(3)}}},"code":"welcome10","amount":"10.00","date_created":"{{{Local(v)}}}","discount_type":"percent","description":"","usage_count":0}
            """),
    ], Headers);

    private static FixtureTemplate Order(string topic, string status) => FixtureTemplate.OfJson(topic, v => $$$"""
        {"id":{{{Number(4)}}},"parent_id":0,"status":"{{{status}}}","currency":"USD","date_created":"{{{Local(v)}}}","date_created_gmt":"{{{Local(v)}}}","total":"29.35","total_tax":"1.35","customer_id":{{{Number(2)}}},"order_key":"wc_order_{{{Id("", 13)}}}","billing":{"first_name":"Ada","last_name":"Lovelace","email":"ada@example.com","country":"GB"},"payment_method":"bacs","payment_method_title":"Direct bank transfer","line_items":[{"id":{{{Number(3)}}},"name":"Woo Single #1","product_id":{{{Number(2)}}},"quantity":2,"subtotal":"28.00","total":"28.00","sku":"","price":14}]}
        """);

    private static FixtureTemplate Product(string topic) => FixtureTemplate.OfJson(topic, v => $$$"""
        {"id":{{{Number(3)}}},"name":"Premium Quality","slug":"premium-quality","type":"simple","status":"publish","date_created":"{{{Local(v)}}}","date_modified":"{{{Local(v)}}}","sku":"","price":"21.99","regular_price":"21.99","sale_price":"","stock_status":"instock","categories":[{"id":9,"name":"Clothing","slug":"clothing"}]}
        """);

    // WooCommerce's REST dates have no offset and no fraction: 2024-06-01T12:00:00.
    private static string Local(FixtureValues v) => v.Iso[..19];

    private static Dictionary<string, string> Headers(string topic) => new()
    {
        ["X-WC-Webhook-Source"] = "https://shop.example.com/",
        ["X-WC-Webhook-Resource"] = topic.Split('.')[0],
        ["X-WC-Webhook-Event"] = topic.Split('.')[^1],
        ["X-WC-Webhook-ID"] = "12",
        ["User-Agent"] = "WooCommerce/9.0.0 Hookshot (WordPress/6.5.0)",
    };
}
