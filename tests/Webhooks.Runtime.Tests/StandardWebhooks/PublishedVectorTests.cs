using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>The Standard Webhooks test vector, verbatim, with a clock fixed at its timestamp.</summary>
public sealed class PublishedVectorTests
{
    // standard-webhooks/standard-webhooks libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs (verifyWebhookSignWorks)
    // and libraries/python/tests/test_webhooks.py (test_sign_function); also listed in PROVIDERS.md.
    [Fact]
    public void Vector_is_valid_at_its_timestamp()
    {
        var verifier = Verifier(VectorKey, ClockAt(1614265330));
        var request = Request(
            ("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
            ("webhook-timestamp", "1614265330"),
            ("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));

        var result = verifier.Verify(request, "{\"test\": 2432232314}"u8);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.True(result.IsValid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1614265330), result.Timestamp);
    }

    // The same vector, with the body's space after the colon removed: the raw bytes are what is signed.
    [Fact]
    public void Vector_fails_when_the_body_is_reserialized()
    {
        var verifier = Verifier(VectorKey, ClockAt(VectorTimestamp));

        var result = verifier.Verify(Request(VectorId, "1614265330", VectorSignature), "{\"test\":2432232314}"u8);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }

    // standard-webhooks/standard-webhooks libraries/python/tests/test_webhooks.py
    // (test_signature_verification_with_and_without_prefix) and libraries/go/webhook_test.go (TestWebhookPrefix):
    // the secret "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" works with and without "whsec_".
    [Fact]
    public void Vector_secret_without_prefix_is_the_same_key()
    {
        var withoutPrefix = SecretDecoder.Decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SecretEncoding.StandardWebhooks);

        Assert.Equal(VectorKey, withoutPrefix);
        var result = Verifier(withoutPrefix, ClockAt(VectorTimestamp))
            .Verify(Request(VectorId, "1614265330", VectorSignature), VectorBodyBytes);
        Assert.True(result.IsValid);
    }

    // standard-webhooks/standard-webhooks libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs (TestMultiSigPayloadIsValid),
    // libraries/python/tests/test_webhooks.py (test_multi_sig_payload_is_valid), libraries/go/webhook_test.go
    // ("valid multi sig is valid"): a wrong v1 and a v2 entry before the right one, another wrong v1 after it.
    [Fact]
    public void Vector_passes_among_wrong_and_unknown_version_entries()
    {
        var header = string.Join(' ',
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=");

        var result = Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", header), VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
    }

    // The wrong entries of the multi-signature case on their own must not pass.
    [Fact]
    public void Wrong_and_unknown_version_entries_alone_fail()
    {
        var header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

        var result = Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", header), VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }

    // The right signature under another version label (v2, v1a) is skipped, as the specification asks.
    [Theory]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void Right_signature_under_another_version_label_fails(string header)
    {
        var result = Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", header), VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }

    // Invalid signature values taken from the official libraries' tests, checked against the vector delivery.
    [Theory]
    // libraries/python/tests/test_webhooks.py (test_invalid_signature_raises_error): last character changed.
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=")]
    // libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs (TestInvalidSignatureThrowsException): not 32 bytes of base64.
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLawdd")]
    // libraries/go/webhook_test.go ("invalid signature is invalid").
    [InlineData("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")]
    // libraries/javascript/src/webhook.test.ts ("invalid signature throws error").
    [InlineData("v1,dawfeoifkpqwoekfpqoekf")]
    // libraries/javascript/src/webhook.test.ts ("partial signature throws error"): the header cut to 8 characters, and "v1,".
    [InlineData("v1,g0hM9")]
    [InlineData("v1,")]
    public void Published_invalid_signatures_fail(string header)
    {
        var result = Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", header), VectorBodyBytes);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, result.Status);
    }
}
