using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>The <c>standard-webhooks</c> provider with <c>v1</c> (HMAC-SHA256) signatures.</summary>
public sealed class StandardWebhooksTests : ProviderContractTests
{
    // standard-webhooks/standard-webhooks libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs (verifyWebhookSignWorks),
    // libraries/python/tests/test_webhooks.py (test_sign_function), libraries/javascript/src/webhook.test.ts
    // ("sign function works"), and svix/svix-webhooks csharp/Svix.Tests/WebhookTest.cs (VerifyWebhookSignWorks).
    internal const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    internal const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    internal const long VectorTimestamp = 1614265330;
    internal const string VectorBody = "{\"test\": 2432232314}";
    internal const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    protected override string Provider => "standard-webhooks";

    protected override string Secret => VectorSecret;

    protected override string OtherSecret => "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    protected override string[] SignatureHeaders => ["webhook-id", "webhook-timestamp", "webhook-signature"];

    internal static WebhookVerificationStatus VerifyVector(string? signature, string secret = VectorSecret, string body = VectorBody, string? timestamp = "1614265330", string prefix = "webhook") =>
        Verifier("standard-webhooks", ClockAt(VectorTimestamp), secret)
            .Verify(Request(($"{prefix}-id", VectorId), ($"{prefix}-timestamp", timestamp), ($"{prefix}-signature", signature)), Utf8(body))
            .Status;

    [Fact]
    public void Standard_webhooks_vector() => Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector(VectorSignature));

    // The libraries' TestSivnatureVerificationWorksWithoutPrefix / "verification works with and without signature prefix".
    [Fact]
    public void The_secret_works_without_its_prefix() =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector(VectorSignature, secret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

    // svix/svix-webhooks csharp/Svix.Tests/WebhookTest.cs TestMissing…/TestUnbrandedSignatureIsValid: svix-* headers too.
    [Fact]
    public void Svix_branded_headers_are_accepted() =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector(VectorSignature, prefix: "svix"));

    // The libraries' TestMultiSigPayloadIsValid (and PROVIDERS.md): a wrong v1 and a v2 before the right entry.
    [Fact]
    public void A_list_with_other_versions_and_a_wrong_v1_before_the_right_one_passes() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        VerifyVector("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + VectorSignature + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="));

    // csharp TestInvalidSignatureThrowsException, python test_invalid_signature_raises_error, javascript
    // "invalid signature throws error" and "partial signature throws error".
    [Theory]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLawdd")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=")]
    [InlineData("v1,dawfeoifkpqwoekfpqoekf")]
    [InlineData("v1,g0hM9Ss")]
    [InlineData("v1,")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void Invalid_and_partial_signatures_fail(string signature) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(signature));

    // javascript "invalid timestamp throws error" and python test_invalid_timestamp_raises_error.
    [Fact]
    public void A_timestamp_that_is_not_a_number_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(VectorSignature, timestamp: "hello"));

    // svix/svix-webhooks csharp/Svix.Tests/WebhookTest.cs VerifyWebhookSignWithLargePayloadWorks: a body of 'a's.
    [Theory]
    [InlineData(1024 * 1024, "v1,txpEUxqWZJ5nteTnymUVa+7C4NHpBeXJ6CsBAW0c3/A=")]
    [InlineData(256 * 1024, "v1,Mw4Pe2WgApuT7NSqnSq0PQPV9gbLdggCl9B865x5Xh0=")]
    [InlineData((256 * 1024) - 1, "v1,NTItnqyWMoFhk2Bbe5V/BMdcFRWgcSQaTgqLHX7FC7c=")]
    public void Svix_large_payload_vectors(int size, string signature) =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector(signature, body: new string('a', size)));
}
