using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Shopify's order, product, uninstall and compliance payloads, read through the built-in source-generated metadata.</summary>
public sealed class ShopifyContractTests
{
    // The orders/paid sample of https://shopify.dev/docs/api/webhooks/latest, cut to two line items and
    // without the *_set money objects and addresses.
    private const string OrderPaid = """
        {
          "id": 820982911946154508,
          "admin_graphql_api_id": "gid://shopify/Order/820982911946154508",
          "app_id": null,
          "buyer_accepts_marketing": true,
          "cancel_reason": "customer",
          "cancelled_at": "2021-12-31T19:00:00-05:00",
          "closed_at": null,
          "confirmed": false,
          "contact_email": "jon@example.com",
          "created_at": "2021-12-31T19:00:00-05:00",
          "currency": "USD",
          "email": "jon@example.com",
          "financial_status": "voided",
          "fulfillment_status": null,
          "name": "#9999",
          "note": null,
          "number": 234,
          "order_number": 1234,
          "order_status_url": "https://jsmith.myshopify.com/548380009/orders/123456abcd/authenticate?key=abcdefg",
          "presentment_currency": "USD",
          "processed_at": "2021-12-31T19:00:00-05:00",
          "subtotal_price": "404.95",
          "tags": "tag1, tag2",
          "test": true,
          "total_discounts": "20.00",
          "total_price": "404.95",
          "total_tax": "0.00",
          "updated_at": "2021-12-31T19:00:00-05:00",
          "customer": {
            "id": 115310627314723954,
            "created_at": null,
            "updated_at": null,
            "first_name": "John",
            "last_name": "Smith",
            "state": "disabled",
            "email": "john@example.com",
            "phone": null,
            "currency": "USD",
            "admin_graphql_api_id": "gid://shopify/Customer/115310627314723954"
          },
          "line_items": [
            {
              "id": 487817672276298554,
              "admin_graphql_api_id": "gid://shopify/LineItem/487817672276298554",
              "current_quantity": 1,
              "fulfillment_status": null,
              "gift_card": false,
              "grams": 100,
              "name": "Aviator sunglasses",
              "price": "89.99",
              "product_exists": true,
              "product_id": 788032119674292922,
              "quantity": 1,
              "sku": "SKU2006-001",
              "title": "Aviator sunglasses",
              "total_discount": "0.00",
              "variant_id": null,
              "variant_title": null,
              "vendor": null
            },
            {
              "id": 789012345678901234,
              "admin_graphql_api_id": "gid://shopify/LineItem/789012345678901234",
              "current_quantity": 1,
              "name": "Lens Protection Plan (2 Year)",
              "price": "19.99",
              "product_exists": false,
              "product_id": null,
              "quantity": 1,
              "sku": "LENS-PROTECT-2YR",
              "title": "Lens Protection Plan (2 Year)",
              "variant_id": null,
              "vendor": null
            }
          ],
          "refunds": []
        }
        """;

    // The products/create sample of https://shopify.dev/docs/api/webhooks/latest, one variant.
    private const string ProductCreated = """
        {
          "admin_graphql_api_id": "gid://shopify/Product/788032119674292922",
          "body_html": "An example T-Shirt",
          "created_at": null,
          "handle": "example-t-shirt",
          "id": 788032119674292922,
          "product_type": "Shirts",
          "published_at": "2021-12-31T19:00:00-05:00",
          "template_suffix": null,
          "title": "Example T-Shirt",
          "updated_at": "2021-12-31T19:00:00-05:00",
          "vendor": "Acme",
          "status": "active",
          "published_scope": "web",
          "tags": "example, mens, t-shirt",
          "variants": [
            {
              "admin_graphql_api_id": "gid://shopify/ProductVariant/642667041472713922",
              "barcode": null,
              "compare_at_price": "24.99",
              "created_at": "2021-12-29T19:00:00-05:00",
              "id": 642667041472713922,
              "inventory_policy": "deny",
              "position": 1,
              "price": "19.99",
              "product_id": 788032119674292922,
              "sku": null,
              "taxable": true,
              "title": "Small",
              "inventory_quantity": 75
            }
          ],
          "options": [],
          "images": [],
          "image": null
        }
        """;

    // The app/uninstalled sample of https://shopify.dev/docs/api/webhooks/latest, cut.
    private const string AppUninstalled = """
        {
          "id": 548380009,
          "name": "Super Toys",
          "email": "super@supertoys.com",
          "domain": null,
          "province": "Tennessee",
          "country": "US",
          "primary_locale": "en",
          "created_at": null,
          "updated_at": null,
          "country_code": "US",
          "currency": "USD",
          "iana_timezone": null,
          "shop_owner": "John Smith",
          "plan_display_name": "Shopify Plus",
          "plan_name": "enterprise",
          "myshopify_domain": null
        }
        """;

    // The compliance payloads of https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance.
    private const string CustomersDataRequest = """
        {
          "shop_id": 954889,
          "shop_domain": "{shop}.myshopify.com",
          "orders_requested": [299938, 280263, 220458],
          "customer": {
            "id": 191167,
            "email": "john@example.com",
            "phone": "555-625-1199"
          },
          "data_request": {
            "id": 9999
          }
        }
        """;

    private const string CustomersRedact = """
        {
          "shop_id": 954889,
          "shop_domain": "{shop}.myshopify.com",
          "customer": {
            "id": 191167,
            "email": "john@example.com",
            "phone": "555-625-1199"
          },
          "orders_to_redact": [299938, 280263, 220458]
        }
        """;

    private const string ShopRedact = """
        {
          "shop_id": 954889,
          "shop_domain": "{shop}.myshopify.com"
        }
        """;

    private static ShopifyOrder ReadOrder(string json) => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.ShopifyOrder)!;

    [Fact]
    public void Order_has_its_totals_as_strings_and_its_line_items()
    {
        var order = ReadOrder(OrderPaid);

        Assert.Equal(820982911946154508, order.Id);
        Assert.Equal("gid://shopify/Order/820982911946154508", order.AdminGraphqlApiId);
        Assert.Equal("#9999", order.Name);
        Assert.Equal(1234, order.OrderNumber);
        Assert.Equal("404.95", order.TotalPrice);
        Assert.Equal("USD", order.Currency);
        Assert.Equal("voided", order.FinancialStatus);
        Assert.Null(order.FulfillmentStatus);
        Assert.True(order.Test);
        Assert.Equal(new DateTimeOffset(2021, 12, 31, 19, 0, 0, TimeSpan.FromHours(-5)), order.CreatedAt);
        Assert.Equal("customer", order.CancelReason);
        Assert.Equal(115310627314723954, order.Customer!.Id);
        Assert.Equal("John", order.Customer.FirstName);
        Assert.Equal(2, order.LineItems.Count);
        Assert.Equal("89.99", order.LineItems[0].Price);
        Assert.Equal(788032119674292922, order.LineItems[0].ProductId);
        Assert.Null(order.LineItems[0].VariantId);
        Assert.Null(order.LineItems[1].ProductId);
    }

    [Fact]
    public void Unknown_order_member_is_kept() =>
        Assert.Equal(234, ReadOrder(OrderPaid).AdditionalProperties!["number"].GetInt32());

    [Fact]
    public void Order_without_customer_has_a_null_customer() =>
        Assert.Null(ReadOrder("""{"id":1,"name":"#1001","customer":null,"line_items":[]}""").Customer);

    [Fact]
    public void Product_has_its_variants()
    {
        var product = JsonSerializer.Deserialize(ProductCreated, WebhookContractsJsonContext.Default.ShopifyProduct)!;
        var variant = Assert.Single(product.Variants);

        Assert.Equal(788032119674292922, product.Id);
        Assert.Equal("Example T-Shirt", product.Title);
        Assert.Equal("active", product.Status);
        Assert.Null(product.CreatedAt);
        Assert.Equal("19.99", variant.Price);
        Assert.Equal("24.99", variant.CompareAtPrice);
        Assert.Null(variant.Sku);
        Assert.Equal(75, variant.InventoryQuantity);
        Assert.Equal("web", product.AdditionalProperties!["published_scope"].GetString());
    }

    [Fact]
    public void Uninstall_names_the_shop()
    {
        var shop = JsonSerializer.Deserialize(AppUninstalled, WebhookContractsJsonContext.Default.ShopifyAppUninstalled)!;

        Assert.Equal(548380009, shop.Id);
        Assert.Equal("Super Toys", shop.Name);
        Assert.Equal("enterprise", shop.PlanName);
        Assert.Null(shop.Domain);
        Assert.Null(shop.CreatedAt);
        Assert.Equal("Tennessee", shop.AdditionalProperties!["province"].GetString());
    }

    [Fact]
    public void Compliance_payloads_name_the_shop_customer_and_orders()
    {
        var dataRequest = JsonSerializer.Deserialize(CustomersDataRequest, WebhookContractsJsonContext.Default.ShopifyCustomersDataRequest)!;
        var redact = JsonSerializer.Deserialize(CustomersRedact, WebhookContractsJsonContext.Default.ShopifyCustomersRedact)!;
        var shopRedact = JsonSerializer.Deserialize(ShopRedact, WebhookContractsJsonContext.Default.ShopifyShopRedact)!;

        Assert.Equal(954889, dataRequest.ShopId);
        Assert.Equal([299938L, 280263L, 220458L], dataRequest.OrdersRequested);
        Assert.Equal(191167, dataRequest.Customer.Id);
        Assert.Equal(9999, dataRequest.DataRequest!.Id);
        Assert.Equal("555-625-1199", redact.Customer.Phone);
        Assert.Equal([299938L, 280263L, 220458L], redact.OrdersToRedact);
        Assert.Equal("{shop}.myshopify.com", shopRedact.ShopDomain);
    }

    [Fact]
    public void Compliance_customer_known_only_by_email_has_no_id()
    {
        var redact = JsonSerializer.Deserialize("""{"shop_id":954889,"shop_domain":"{shop}.myshopify.com","customer":{"email":"john@example.com"},"orders_to_redact":[]}""", WebhookContractsJsonContext.Default.ShopifyCustomersRedact)!;

        Assert.Null(redact.Customer.Id);
        Assert.Equal("john@example.com", redact.Customer.Email);
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var order = ReadOrder("{}");

        Assert.Equal(0, order.Id);
        Assert.Equal("", order.Name);
        Assert.Equal("0.00", order.TotalPrice);
        Assert.Empty(order.LineItems);
        Assert.Null(order.CreatedAt);
    }

    [Theory]
    [InlineData("""{"id":1,"total_price":404.95}""")]
    [InlineData("""{"id":"820982911946154508"}""")]
    [InlineData("""{"id":1,"name":null}""")]
    [InlineData("""{"id":1,"line_items":[{"id":2,"quantity":"1"}]}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => ReadOrder(json));

    [Theory]
    [InlineData(typeof(ShopifyCustomersDataRequest), "customers/data_request")]
    [InlineData(typeof(ShopifyCustomersRedact), "customers/redact")]
    [InlineData(typeof(ShopifyShopRedact), "shop/redact")]
    [InlineData(typeof(ShopifyAppUninstalled), "app/uninstalled")]
    [InlineData(typeof(ShopifyOrder), "orders/paid")]
    [InlineData(typeof(ShopifyProduct), "products/update")]
    public void Contracts_name_shopify_and_their_topics(Type contractType, string topic)
    {
        var contract = contractType.GetCustomAttribute<WebhookContractAttribute>()!;

        Assert.Equal("shopify", contract.Provider);
        Assert.Contains(topic, contract.Events!);
    }
}
