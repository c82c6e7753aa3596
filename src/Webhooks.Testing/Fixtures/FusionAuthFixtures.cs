using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>FusionAuth: <c>{"event":{…}}</c> with the event's <c>type</c>, <c>id</c>, <c>createInstant</c> and its user.</summary>
internal static class FusionAuthFixtures
{
    public static ProviderFixtures All { get; } = new("fusionauth",
    [
        UserEvent("user.create"),
        UserEvent("user.update"),
        UserEvent("user.delete"),
        UserEvent("user.login.success", ""","authenticationType":"PASSWORD","connectorId":"e3306678-a53a-4964-9040-1c96f36dda72" """),
        UserEvent("user.login.failed", ""","authenticationType":"PASSWORD" """),
        UserEvent("user.registration.create", ""","registration":{"applicationId":"3c219e58-ed0e-4b18-ad48-f4f92793ae32","roles":["user"]} """),
        UserEvent("user.email.verified"),
    ]);

    private static FixtureTemplate UserEvent(string type, string extra = "") => FixtureTemplate.OfJson(type, v =>
    {
        var user = $$$"""{"id":"{{{Uuid()}}}","email":"jane@example.com","firstName":"Jane","active":true,"verified":true,"insertInstant":{{{v.UnixMs}}}""" + "}";
        var info = """{"ipAddress":"192.0.2.10","userAgent":"Mozilla/5.0"}""";
        return $$$"""{"event":{"id":"{{{Uuid()}}}","type":"{{{v.Type}}}","createInstant":{{{v.UnixMs}}},"tenantId":"{{{Uuid()}}}","applicationId":"3c219e58-ed0e-4b18-ad48-f4f92793ae32","info":{{{info}}},"user":{{{user}}}{{{extra.TrimEnd()}}}""" + "}}";
    });
}
