using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// Hookdeck: the source's own body, forwarded with Hookdeck's signature and its <c>x-hookdeck-*</c> headers. The
/// fixtures are a shop's order events and, as forwarded from Stripe, a payment.
/// </summary>
internal static class HookdeckFixtures
{
    public static ProviderFixtures All { get; } = new("hookdeck",
    [
        Order("order.created", "pending"),
        Order("order.paid", "paid"),
        Order("order.cancelled", "cancelled"),
        FixtureTemplate.OfJson("payment_intent.succeeded", v => $$$"""
            {"id":"{{{Id("evt_")}}}","object":"event","api_version":"2025-06-30.basil","created":{{{v.Unix}}},"data":{"object":{"id":"{{{Id("pi_")}}}","object":"payment_intent","amount":2000,"currency":"usd","status":"succeeded"}},"livemode":false,"pending_webhooks":1,"type":"{{{v.Type}}}"}
            """),
    ], Headers);

    private static FixtureTemplate Order(string type, string status) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("ord_", 16)}}}","type":"{{{v.Type}}}","created_at":"{{{v.Iso}}}","data":{"customer":{"email":"ada@example.com"},"status":"{{{status}}}","total":"49.90","currency":"EUR"}}
        """);

    private static Dictionary<string, string> Headers(string eventType) => new()
    {
        ["x-hookdeck-requestid"] = Id("req_", 20),
        ["x-hookdeck-attempt-count"] = "1",
        ["x-hookdeck-attempt-trigger"] = "INITIAL",
        ["x-hookdeck-verified"] = "true",
        ["x-hookdeck-source-name"] = eventType.StartsWith("payment_intent.", StringComparison.Ordinal) ? "stripe" : "shop",
        ["x-hookdeck-destination-name"] = "my-app",
    };
}
