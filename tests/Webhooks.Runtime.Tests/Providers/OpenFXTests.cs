using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>OpenFX: <c>x-openfx-signature</c>, base64 HMAC-SHA256 of the body.</summary>
public sealed class OpenFXTests : ProviderContractTests
{
    protected override string Provider => "openfx";

    protected override string Secret => "openfx-webhook-secret";

    protected override string OtherSecret => "openfx-webhook-secret-2";

    protected override string[] SignatureHeaders => ["x-openfx-signature"];

    protected override string Body => """{"type":"deposits","eventId":"8d3c1f0e","data":{"amount":"100.00"}}""";

    // No published vector: computed here with the BCL, independently of the runtime and the test kit.
    [Fact]
    public void Base64_hmac_of_the_body_verifies()
    {
        var body = Utf8(Body);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Utf8(Secret), body));

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("openfx", TimeProvider.System, Secret).Verify(Request(("x-openfx-signature", signature)), body).Status);
    }
}
