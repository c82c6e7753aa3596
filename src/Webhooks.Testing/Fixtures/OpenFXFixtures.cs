using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>OpenFX: <c>eventId</c>, <c>type</c> (<c>deposits</c> or <c>withdrawals</c>) and the transfers in <c>data</c>.</summary>
internal static class OpenFXFixtures
{
    public static ProviderFixtures All { get; } = new("openfx",
    [
        Transfers("deposits", "Deposit completed", "USDC", "ETHEREUM"),
        Transfers("withdrawals", "Withdrawal completed", "USD", "WIRE"),
    ]);

    private static FixtureTemplate Transfers(string type, string message, string currency, string network) => FixtureTemplate.OfJson(type, v => $$$"""
        {"eventId":"{{{Uuid()}}}","type":"{{{v.Type}}}","message":"{{{message}}}","timestamp":"{{{v.Iso}}}","data":[{"id":"{{{Uuid()}}}","orgId":"org_5f2c1e","amount":1250.5,"currency":"{{{currency}}}","status":"COMPLETED","network":"{{{network}}}","referenceId":"{{{Id("REF", 10)}}}","transactionHash":"0x{{{Hex(64)}}}","completedAt":"{{{v.Iso}}}"}]}
        """);
}
