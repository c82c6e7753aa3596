using System.Security.Cryptography;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>The generic provider: <c>X-Webhook-Signature: sha256=&lt;hex&gt;</c> by default; header, prefix and encoding configurable.</summary>
public sealed class GenericTests : ProviderContractTests
{
    protected override string Provider => "generic";

    protected override string Secret => "my-own-webhook-secret";

    protected override string OtherSecret => "my-next-webhook-secret";

    protected override string[] SignatureHeaders => ["X-Webhook-Signature"];

    private static byte[] Hmac(string secret, byte[] body) => HMACSHA256.HashData(Utf8(secret), body);

    // The GitHub docs vector carries over: same algorithm, same prefix.
    [Fact]
    public void Default_header_prefix_and_hex() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verifier("generic", TimeProvider.System, "It's a Secret to Everybody")
            .Verify(Request(("X-Webhook-Signature", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")), Utf8("Hello, World!"))
            .Status);

    [Fact]
    public void Header_prefix_and_encoding_come_from_the_options()
    {
        var body = Utf8("""{"type":"order.paid","id":"1"}""");
        var verifier = Verifier("generic", TimeProvider.System, options =>
        {
            options.Secrets.Add(Secret);
            options.SignatureHeader = "X-Signature";
            options.SignaturePrefix = "";
            options.SignatureEncoding = SignatureEncoding.Base64;
        });

        var signature = Convert.ToBase64String(Hmac(Secret, body));
        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(Request(("X-Signature", signature)), body).Status);
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, verifier.Verify(Request(("X-Webhook-Signature", "sha256=" + Convert.ToHexStringLower(Hmac(Secret, body)))), body).Status);
    }
}
