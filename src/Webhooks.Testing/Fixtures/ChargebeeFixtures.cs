using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Chargebee: an event resource, <c>event_type</c> and <c>id</c> (<c>ev_…</c>), the resources in <c>content</c>.</summary>
internal static class ChargebeeFixtures
{
    private const string Customer = """
        "customer":{"id":"cust_AzZiuXU3a8F2","first_name":"Ada","last_name":"Lovelace","email":"ada@example.com","company":"Acme","auto_collection":"on","created_at":1700000000,"deleted":false,"object":"customer"}
        """;

    public static ProviderFixtures All { get; } = new("chargebee",
    [
        Event("subscription_created", v => $$$"""
            "subscription":{"id":"{{{Id("sub_", 14)}}}","customer_id":"cust_AzZiuXU3a8F2","status":"active","currency_code":"USD","billing_period":1,"billing_period_unit":"month","created_at":{{{v.Unix}}},"started_at":{{{v.Unix}}},"current_term_start":{{{v.Unix}}},"current_term_end":{{{v.Unix + 2592000}}},"next_billing_at":{{{v.Unix + 2592000}}},"deleted":false,"object":"subscription","subscription_items":[{"item_price_id":"pro-USD-monthly","item_type":"plan","quantity":1,"unit_price":4900,"amount":4900}]},{{{Customer}}}
            """),
        Event("subscription_cancelled", v => $$$"""
            "subscription":{"id":"{{{Id("sub_", 14)}}}","customer_id":"cust_AzZiuXU3a8F2","status":"cancelled","currency_code":"USD","billing_period_unit":"month","created_at":{{{v.Unix - 2592000}}},"started_at":{{{v.Unix - 2592000}}},"cancelled_at":{{{v.Unix}}},"deleted":false,"object":"subscription"},{{{Customer}}}
            """),
        Event("customer_created", _ => Customer),
        Event("invoice_generated", v => $$$"""
            "invoice":{"id":"{{{Number(6)}}}","customer_id":"cust_AzZiuXU3a8F2","subscription_id":"sub_16CRibSxUvJ1Wg","status":"paid","currency_code":"USD","total":4900,"amount_paid":4900,"amount_due":0,"date":{{{v.Unix}}},"due_date":{{{v.Unix}}},"paid_at":{{{v.Unix}}},"object":"invoice"},{{{Customer}}}
            """),
        Event("payment_succeeded", v => $$$"""
            "transaction":{"id":"{{{Id("txn_", 14)}}}","customer_id":"cust_AzZiuXU3a8F2","subscription_id":"sub_16CRibSxUvJ1Wg","type":"payment","status":"success","currency_code":"USD","amount":4900,"date":{{{v.Unix}}},"payment_method":"card","object":"transaction"},{{{Customer}}}
            """),
    ]);

    private static FixtureTemplate Event(string type, Func<FixtureValues, string> content) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("ev_", 16)}}}","occurred_at":{{{v.Unix}}},"source":"admin_console","user":"ada@example.com","object":"event","api_version":"v2","content":{{{{content(v)}}}},"event_type":"{{{v.Type}}}","webhook_status":"scheduled"}
        """);
}
