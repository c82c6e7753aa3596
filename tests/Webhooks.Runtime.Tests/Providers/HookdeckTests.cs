using System.Security.Cryptography;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Hookdeck: <c>x-hookdeck-signature</c>, base64 HMAC-SHA256 of the body, with the project's secret.</summary>
public sealed class HookdeckTests : ProviderContractTests
{
    protected override string Provider => "hookdeck";

    protected override string Secret => "hookdeck_signing_secret";

    protected override string OtherSecret => "hookdeck_rotated_secret";

    protected override string[] SignatureHeaders => ["x-hookdeck-signature"];

    // No published vector: computed here with the BCL, independently of the runtime and the test kit.
    [Fact]
    public void Base64_hmac_of_the_body_verifies()
    {
        var body = Utf8("""{"type":"payment_intent.succeeded"}""");
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Utf8(Secret), body));

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("hookdeck", TimeProvider.System, Secret).Verify(Request(("x-hookdeck-signature", signature)), body).Status);
    }

    [Fact]
    public async Task Signer_sets_the_event_id_header()
    {
        var (request, _) = await Receive(new WebhookSigner("hookdeck", Secret).CreateRequest("/webhooks/hookdeck", "{}", webhookId: "evt_123"));

        Assert.Equal("evt_123", request.Headers["x-hookdeck-eventid"]);
    }
}
