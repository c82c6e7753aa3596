using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Clerk: an <c>event</c> whose <c>data</c> is the user, session or organization, as Clerk's docs show them.</summary>
internal static class ClerkFixtures
{
    public static ProviderFixtures All { get; } = new("clerk",
    [
        User("user.created"),
        User("user.updated"),
        Event("user.deleted", _ => $$$"""{"id":"{{{Id("user_", 27)}}}","object":"user","deleted":true}"""),
        Event("session.created", v => Session(v, "active")),
        Event("session.ended", v => Session(v, "ended")),
        Event("organization.created", v => $$$"""{"id":"{{{Id("org_", 27)}}}","object":"organization","name":"Acme Inc","slug":"acme","members_count":1,"created_by":"{{{Id("user_", 27)}}}","created_at":{{{v.UnixMs}}},"updated_at":{{{v.UnixMs}}}}"""),
        Event("organizationMembership.created", v => $$$"""{"id":"{{{Id("orgmem_", 27)}}}","object":"organization_membership","role":"org:member","organization":{"id":"{{{Id("org_", 27)}}}","name":"Acme Inc","slug":"acme"},"public_user_data":{"user_id":"{{{Id("user_", 27)}}}","first_name":"Ada","last_name":"Lovelace","identifier":"ada@example.com"},"created_at":{{{v.UnixMs}}},"updated_at":{{{v.UnixMs}}}}"""),
    ]);

    private static FixtureTemplate User(string type) => Event(type, v =>
    {
        var email = Id("idn_", 27);
        return $$$"""{"id":"{{{Id("user_", 27)}}}","object":"user","first_name":"Ada","last_name":"Lovelace","username":null,"primary_email_address_id":"{{{email}}}","email_addresses":[{"id":"{{{email}}}","object":"email_address","email_address":"ada@example.com","verification":{"status":"verified","strategy":"email_code"}}],"image_url":"https://img.clerk.com/sample","public_metadata":{},"created_at":{{{v.UnixMs}}},"updated_at":{{{v.UnixMs}}}}""";
    });

    private static string Session(FixtureValues v, string status) =>
        $$$"""{"id":"{{{Id("sess_", 27)}}}","object":"session","user_id":"{{{Id("user_", 27)}}}","client_id":"{{{Id("client_", 27)}}}","status":"{{{status}}}","last_active_at":{{{v.UnixMs}}},"expire_at":{{{v.UnixMs + 604_800_000}}},"abandon_at":{{{v.UnixMs + 2_592_000_000}}},"created_at":{{{v.UnixMs}}},"updated_at":{{{v.UnixMs}}}}""";

    private static FixtureTemplate Event(string type, Func<FixtureValues, string> data) => FixtureTemplate.OfJson(type, v => $$$"""
        {"data":{{{data(v)}}},"object":"event","type":"{{{v.Type}}}","timestamp":{{{v.UnixMs}}},"instance_id":"{{{Id("ins_", 27)}}}","event_attributes":{"http_request":{"client_ip":"203.0.113.7","user_agent":"Mozilla/5.0"} } }
        """);
}
