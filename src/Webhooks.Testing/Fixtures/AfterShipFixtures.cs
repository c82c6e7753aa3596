using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>AfterShip Tracking: <c>event</c>, <c>event_id</c>, <c>ts</c> and the tracking in <c>msg</c>.</summary>
internal static class AfterShipFixtures
{
    public static ProviderFixtures All { get; } = new("aftership",
    [
        Tracking("tracking_update", "InTransit", "In transit"),
        Tracking("edd_revise", "InTransit", "In transit"),
        Tracking("tracking_pending_time", "Pending", "Pending"),
    ]);

    private static FixtureTemplate Tracking(string type, string tag, string subtag) => FixtureTemplate.OfJson(type, v => $$$"""
        {"ts":{{{v.Unix}}},"event":"{{{v.Type}}}","event_id":"{{{Uuid()}}}","is_tracking_first_tag":false,"msg":{"id":"{{{LowerId(24)}}}","tracking_number":"1Z{{{Id("", 16)}}}","slug":"ups","tag":"{{{tag}}}","subtag":"{{{tag}}}_001","subtag_message":"{{{subtag}}}","title":"Order #1001","order_id":"1001","updated_at":"{{{v.Iso}}}","checkpoints":[]}}
        """);
}
