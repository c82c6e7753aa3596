using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>
/// The vector of OpenAI's official SDK tests: openai/openai-python tests/lib/test_webhooks.py (TEST_SECRET,
/// TEST_PAYLOAD, TEST_TIMESTAMP, TEST_WEBHOOK_ID, TEST_SIGNATURE), used verbatim with a clock fixed at the timestamp.
/// </summary>
public sealed class OpenAIVectorTests
{
    private const string Secret = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
    private const string Payload = "{\"id\": \"evt_685c059ae3a481909bdc86819b066fb6\", \"object\": \"event\", \"created_at\": 1750861210, \"type\": \"response.completed\", \"data\": {\"id\": \"resp_123\"}}";
    private const long Timestamp = 1750861210;
    private const string WebhookId = "wh_685c059ae39c8190af8c71ed1022a24d";
    private const string Signature = "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=";

    private static WebhookVerificationResult Verify(string secret, string signatureHeader, long now = Timestamp) =>
        Verifier(SecretDecoder.Decode(secret, BuiltInProviders.OpenAI.SecretEncoding), ClockAt(now))
            .Verify(Request(WebhookId, "1750861210", signatureHeader), System.Text.Encoding.UTF8.GetBytes(Payload));

    // test_verify_signature_valid
    [Fact]
    public void Vector_is_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify(Secret, Signature).Status);

    // test_verify_signature_invalid: the raw string "invalid_secret" (no prefix, so its UTF-8 bytes) did not sign it.
    [Fact]
    public void Other_secret_fails() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("invalid_secret", Signature).Status);

    // test_verify_signature_multiple_signatures_one_valid
    [Fact]
    public void One_valid_among_several_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(Secret, "v1,invalid_signature " + Signature).Status);

    // test_verify_signature_multiple_signatures_all_invalid
    [Fact]
    public void All_invalid_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(Secret, "v1,invalid_signature1 v1,invalid_signature2").Status);

    // test_verify_signature_timestamp_too_old / _too_new use a delivery 400 s away from the clock.
    [Theory]
    [InlineData(Timestamp + 400)]
    [InlineData(Timestamp - 400)]
    public void Valid_signature_400_seconds_away_is_out_of_tolerance(long now) =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(Secret, Signature, now).Status);

    // Without "whsec_", OpenAI's SDK uses the string's UTF-8 bytes, so the same base64 text no longer names this key.
    [Fact]
    public void Vector_secret_without_prefix_is_a_different_key_for_openai() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(Secret["whsec_".Length..], Signature).Status);

    // Standard Webhooks accepts a secret without its '=' padding; the unpadded secret is the same key.
    [Fact]
    public void Unpadded_secret_is_the_same_key()
    {
        var unpadded = Secret.TrimEnd('=');
        Assert.NotEqual(Secret, unpadded);

        Assert.Equal(
            SecretDecoder.Decode(Secret, SecretEncoding.StandardWebhooks),
            SecretDecoder.Decode(unpadded, SecretEncoding.StandardWebhooks));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(unpadded, Signature).Status);
    }
}
