using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Paddle Billing: <c>event_id</c>, <c>event_type</c>, <c>occurred_at</c>, <c>notification_id</c> and the entity in <c>data</c>.</summary>
internal static class PaddleFixtures
{
    public static ProviderFixtures All { get; } = new("paddle",
    [
        Event("transaction.completed", v => Transaction(v, "completed")),
        Event("transaction.paid", v => Transaction(v, "paid")),
        Event("transaction.payment_failed", v => Transaction(v, "past_due")),
        Event("subscription.created", v => Subscription(v, "active")),
        Event("subscription.updated", v => Subscription(v, "active")),
        Event("subscription.canceled", v => Subscription(v, "canceled")),
        Event("customer.created", Customer),
    ]);

    private static FixtureTemplate Event(string type, Func<FixtureValues, string> data) => FixtureTemplate.OfJson(type, v => $$$$"""
        {"event_id":"{{{{Id("evt_", 26)}}}}","event_type":"{{{{v.Type}}}}","occurred_at":"{{{{v.Iso}}}}","notification_id":"{{{{Id("ntf_", 26)}}}}","data":{{{{data(v)}}}}}
        """);

    private static string Transaction(FixtureValues v, string status) => $$$$"""
        {"id":"{{{{Id("txn_", 26)}}}}","status":"{{{{status}}}}","customer_id":"ctm_01hv8wt8nffez4p2t6typn4a5j","address_id":"add_01hv8wt8nbkp6b4dj6ch2z6hx1","subscription_id":"sub_01hv8x29kz0t586xy6zn1a62ny","invoice_number":"325-10566","currency_code":"USD","origin":"web","collection_mode":"automatic","details":{"totals":{"subtotal":"3000","tax":"240","total":"3240","currency_code":"USD"}},"payments":[{"status":"{{{{(status == "past_due" ? "error" : "captured")}}}}","amount":"3240","method_details":{"type":"card","card":{"type":"visa","last4":"4242"}}}],"custom_data":null,"billed_at":"{{{{v.Iso}}}}","created_at":"{{{{v.IsoBefore(60)}}}}","updated_at":"{{{{v.Iso}}}}"}
        """;

    private static string Subscription(FixtureValues v, string status) => $$$$"""
        {"id":"{{{{Id("sub_", 26)}}}}","status":"{{{{status}}}}","customer_id":"ctm_01hv8wt8nffez4p2t6typn4a5j","address_id":"add_01hv8wt8nbkp6b4dj6ch2z6hx1","currency_code":"USD","collection_mode":"automatic","billing_cycle":{"interval":"month","frequency":1},"next_billed_at":{{{{(status == "canceled" ? "null" : "\"" + v.Iso + "\"")}}}},"canceled_at":{{{{(status == "canceled" ? "\"" + v.Iso + "\"" : "null")}}}},"items":[{"status":"active","quantity":1,"price":{"id":"pri_01gsz8x8sawmvhz1pv30nge1ke","product_id":"pro_01gsz4t5hdjse780zja8vvr7jg","unit_price":{"amount":"3000","currency_code":"USD"}}}],"custom_data":null,"created_at":"{{{{v.IsoBefore(60)}}}}","updated_at":"{{{{v.Iso}}}}"}
        """;

    private static string Customer(FixtureValues v) => $$$$"""
        {"id":"{{{{Id("ctm_", 26)}}}}","name":"Ada Lovelace","email":"ada@example.com","locale":"en","status":"active","marketing_consent":false,"custom_data":null,"import_meta":null,"created_at":"{{{{v.Iso}}}}","updated_at":"{{{{v.Iso}}}}"}
        """;
}
