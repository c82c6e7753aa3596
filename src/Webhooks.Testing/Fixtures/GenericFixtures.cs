using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Any HMAC sender: <c>id</c>, <c>type</c> and <c>data</c>, the shape most in-house webhooks take.</summary>
internal static class GenericFixtures
{
    public static ProviderFixtures All { get; } = new("generic",
    [
        Order("order.created", "created"),
        Order("order.paid", "paid"),
        Order("order.cancelled", "cancelled"),
    ]);

    private static FixtureTemplate Order(string type, string status) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("evt_")}}}","type":"{{{v.Type}}}","created_at":"{{{v.Iso}}}","data":{"order_id":"{{{Id("ord_", 16)}}}","status":"{{{status}}}","amount":4200,"currency":"usd"}}
        """);
}
