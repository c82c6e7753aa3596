using System.Text;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>
/// OpenAI's SDK base64-decodes a secret after "whsec_" and uses the raw string's UTF-8 bytes otherwise
/// (openai/openai-python src/openai/lib/_webhooks.py); SecretEncoding.StandardWebhooksOrUtf8 does the same.
/// </summary>
public sealed class OpenAISecretTests
{
    private const string RawSecret = "my-openai-webhook-secret";

    private static WebhookVerificationStatus Verify(string configuredSecret, byte[] signingKey) =>
        Verifier(SecretDecoder.Decode(configuredSecret, SecretEncoding.StandardWebhooksOrUtf8), ClockAt(VectorTimestamp))
            .Verify(SignedVectorRequest(signingKey, VectorTimestamp), VectorBodyBytes).Status;

    [Fact]
    public void OpenAI_decodes_secrets_the_way_its_sdk_does() =>
        Assert.Equal(SecretEncoding.StandardWebhooksOrUtf8, BuiltInProviders.OpenAI.SecretEncoding);

    [Fact]
    public void Secret_without_prefix_is_its_utf8_bytes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(RawSecret, Encoding.UTF8.GetBytes(RawSecret)));

    [Fact]
    public void Secret_with_prefix_is_base64_decoded()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();
        var secret = "whsec_" + Convert.ToBase64String(key);

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(secret, key));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(secret, Encoding.UTF8.GetBytes(secret)));
    }

    // A non-ASCII raw secret is taken as UTF-8, not Latin-1 or UTF-16.
    [Fact]
    public void Non_ascii_secret_without_prefix_is_utf8() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("sécret-ü", [0x73, 0xC3, 0xA9, 0x63, 0x72, 0x65, 0x74, 0x2D, 0xC3, 0xBC]));

    // Under plain Standard Webhooks the same raw string would have to be base64, which it is not.
    [Fact]
    public void Same_raw_secret_is_not_a_standard_webhooks_secret() =>
        Assert.False(SecretDecoder.TryDecode(RawSecret, SecretEncoding.StandardWebhooks, out _, out _));
}
