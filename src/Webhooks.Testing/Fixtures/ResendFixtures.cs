using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Resend: <c>type</c>, <c>created_at</c> and the email, contact or domain in <c>data</c>, as its SDK types them.</summary>
internal static class ResendFixtures
{
    public static ProviderFixtures All { get; } = new("resend",
    [
        Email("email.sent", ""),
        Email("email.delivered", ""),
        Email("email.delivery_delayed", ""),
        Email("email.complained", ""),
        Email("email.bounced", ""","bounce":{"message":"The recipient's mail server permanently rejected the email.","subType":"Suppressed","type":"Permanent"}"""),
        Email("email.opened", ""),
        Email("email.clicked", ""","click":{"ipAddress":"203.0.113.7","link":"https://example.com/welcome","timestamp":"2024-06-01T12:00:00.000Z","userAgent":"Mozilla/5.0"}"""),
        Email("email.failed", ""","failed":{"reason":"reached_daily_quota"}"""),
        FixtureTemplate.OfJson("contact.created", v => $$$"""
            {"type":"{{{v.Type}}}","created_at":"{{{v.Iso}}}","data":{"id":"{{{Uuid()}}}","audience_id":"{{{Uuid()}}}","segment_ids":[],"created_at":"{{{v.Iso}}}","updated_at":"{{{v.Iso}}}","email":"ada@example.com","first_name":"Ada","last_name":"Lovelace","unsubscribed":false}}
            """),
        FixtureTemplate.OfJson("domain.updated", v => $$$"""
            {"type":"{{{v.Type}}}","created_at":"{{{v.Iso}}}","data":{"id":"{{{Uuid()}}}","name":"example.com","status":"verified","created_at":"{{{v.Iso}}}","region":"us-east-1","records":[]}}
            """),
    ]);

    private static FixtureTemplate Email(string type, string extra) => FixtureTemplate.OfJson(type, v => $$$"""
        {"type":"{{{v.Type}}}","created_at":"{{{v.Iso}}}","data":{"email_id":"{{{Uuid()}}}","created_at":"{{{v.Iso}}}","from":"Acme <onboarding@example.com>","to":["ada@example.com"],"subject":"Welcome to Acme","tags":{"category":"welcome"}{{{extra}}}}}
        """);
}
