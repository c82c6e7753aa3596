using System.Globalization;
using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Calendly: <c>Calendly-Webhook-Signature: t=…,v1=…</c>, HMAC-SHA256 hex over <c>{t}.{body}</c>.</summary>
public sealed class CalendlyTests : ProviderContractTests
{
    protected override string Provider => "calendly";

    protected override string Secret => "calendly-signing-key";

    protected override string OtherSecret => "calendly-signing-key-2";

    protected override string[] SignatureHeaders => ["Calendly-Webhook-Signature"];

    protected override string Body => """{"created_at":"2024-06-01T00:00:00.000000Z","event":"invitee.created","payload":{"uri":"https://api.calendly.com/scheduled_events/E/invitees/I"}}""";

    private static WebhookVerificationStatus Verify(string header, string body) =>
        Verifier("calendly", ClockAt(Now), "calendly-signing-key").Verify(Request(("Calendly-Webhook-Signature", header)), Utf8(body)).Status;

    // Calendly publishes no vector and no SDK: DERIVED here with the construction its docs give, HMAC-SHA256(key, "{t}.{body}"), hex.
    [Fact]
    public void Derived_vector_from_the_documented_construction()
    {
        const string body = """{"event":"invitee.created","payload":{}}""";
        var hex = Convert.ToHexStringLower(HMACSHA256.HashData(Utf8("calendly-signing-key"), Utf8(Now.ToString(CultureInfo.InvariantCulture) + "." + body)));

        Assert.Equal(WebhookVerificationStatus.Valid, Verify($"t={Now},v1={hex}", body));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify($"t={Now},v0={hex}", body));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify($"v1={hex}", body));
    }
}
