using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>AfterShip Tracking: <c>aftership-hmac-sha256</c>, base64 HMAC-SHA256 of the body.</summary>
public sealed class AfterShipTests : ProviderContractTests
{
    protected override string Provider => "aftership";

    protected override string Secret => "aftership-webhook-secret";

    protected override string OtherSecret => "aftership-webhook-secret-2";

    protected override string[] SignatureHeaders => ["aftership-hmac-sha256"];

    protected override string Body => """{"ts":1700000000,"event":"tracking_update","event_id":"6a1f2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","is_tracking_first_tag":false,"msg":{"tracking_number":"1Z999AA10123456784","slug":"ups","tag":"InTransit"}}""";

    // AfterShip publishes no vector: base64 HMAC-SHA256 of the raw body, as its webhook-signature page says, with the BCL.
    [Fact]
    public void Base64_hmac_of_the_body_verifies()
    {
        var body = Utf8(Body);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Utf8(Secret), body));

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier(Provider, TimeProvider.System, Secret).Verify(Request(("aftership-hmac-sha256", signature)), body).Status);
    }

    // Returns and Warranty sign under as-signature-hmac-sha256, Shipping under am-webhook-signature with 'hmac-sha256=':
    // configured per endpoint, as the SignatureHeader and SignaturePrefix options.
    [Fact]
    public void Another_products_header_and_prefix_are_configured()
    {
        var body = Utf8(Body);
        var signature = "hmac-sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Utf8(Secret), body));
        var verifier = Verifier(Provider, TimeProvider.System, options =>
        {
            options.Secrets.Add(Secret);
            options.SignatureHeader = "am-webhook-signature";
            options.SignaturePrefix = "hmac-sha256=";
        });

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(Request(("am-webhook-signature", signature)), body).Status);
    }
}
