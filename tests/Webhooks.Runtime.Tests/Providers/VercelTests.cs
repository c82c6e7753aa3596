using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Vercel: <c>x-vercel-signature</c>, hex HMAC-SHA1 of the body.</summary>
public sealed class VercelTests : ProviderContractTests
{
    protected override string Provider => "vercel";

    protected override string Secret => "mysecret";

    protected override string OtherSecret => "vercel-integration-secret";

    protected override string[] SignatureHeaders => ["x-vercel-signature"];

    // No Vercel-published vector. The HMAC-SHA1 of JSON.stringify({ foo: "bar" }) under "mysecret", as
    // octokit/webhooks-methods.js README.md gives it for GitHub's legacy header (same algorithm, no prefix).
    [Fact]
    public void Hex_sha1_hmac_of_the_body_verifies() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verifier("vercel", TimeProvider.System, "mysecret").Verify(Request(("x-vercel-signature", "d03207e4b030cf234e3447bac4d93add4c6643d8")), Utf8("""{"foo":"bar"}""")).Status);

    // A SHA-256 signature is not Vercel's, even if it is of the right body and secret.
    [Fact]
    public void A_sha256_signature_is_invalid() => Assert.Equal(
        WebhookVerificationStatus.InvalidSignature,
        Verifier("vercel", TimeProvider.System, "mysecret").Verify(Request(("x-vercel-signature", "4864d2759938a15468b5df9ade20bf161da9b4f737ea61794142f3484236bda3")), Utf8("""{"foo":"bar"}""")).Status);
}
