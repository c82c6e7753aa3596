using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Standard Webhooks: <c>type</c>, <c>timestamp</c> and <c>data</c>, as the specification's example.</summary>
internal static class StandardWebhooksFixtures
{
    public static ProviderFixtures All { get; } = new("standard-webhooks",
    [
        Contact("contact.created"),
        Contact("contact.updated"),
        Contact("contact.deleted"),
        FixtureTemplate.OfJson("invoice.paid", v => $$$"""
            {"type":"{{{v.Type}}}","timestamp":"{{{v.Iso}}}","data":{"id":"{{{Id("inv_")}}}","type":"invoice","amount":2000,"currency":"usd","status":"paid"}}
            """),
    ]);

    private static FixtureTemplate Contact(string type) => FixtureTemplate.OfJson(type, v => $$$"""
        {"type":"{{{v.Type}}}","timestamp":"{{{v.Iso}}}","data":{"id":"{{{Uuid()}}}","type":"contact","email":"ada@example.com","name":"Ada Lovelace"}}
        """);
}
