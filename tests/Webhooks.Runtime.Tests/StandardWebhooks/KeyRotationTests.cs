using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>During a rotation two keys are configured; a delivery signed by either passes.</summary>
public sealed class KeyRotationTests
{
    private static readonly byte[] OldKey = SecretDecoder.Decode("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SecretEncoding.StandardWebhooks);
    private static readonly byte[] NewKey = SecretDecoder.Decode("whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=", SecretEncoding.StandardWebhooks);
    private static readonly byte[] StrangerKey = SecretDecoder.Decode("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", SecretEncoding.StandardWebhooks);

    private static WebhookVerificationStatus Verify(IReadOnlyList<byte[]> configured, byte[] signer) =>
        new StandardWebhooksVerifier(configured, WebhookProviderOptions.DefaultTolerance, ClockAt(VectorTimestamp))
            .Verify(SignedVectorRequest(signer, VectorTimestamp), VectorBodyBytes).Status;

    [Fact]
    public void Delivery_signed_by_the_second_key_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify([OldKey, NewKey], NewKey));

    [Fact]
    public void Delivery_signed_by_the_first_key_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify([OldKey, NewKey], OldKey));

    [Fact]
    public void Delivery_signed_by_neither_key_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify([OldKey, NewKey], StrangerKey));

    [Fact]
    public void Delivery_signed_by_a_removed_key_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify([NewKey], OldKey));

    // The provider signs with both keys during its own rotation: one header with two entries.
    [Fact]
    public void Header_with_both_signatures_passes_with_either_key()
    {
        var header = Sign(OldKey, VectorId, VectorTimestamp, VectorBodyBytes) + " " + Sign(NewKey, VectorId, VectorTimestamp, VectorBodyBytes);

        foreach (var key in new[] { OldKey, NewKey })
        {
            var result = new StandardWebhooksVerifier([key], null, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", header), VectorBodyBytes);
            Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        }
    }

    [Fact]
    public void Verifier_without_keys_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StandardWebhooksVerifier([], null, TimeProvider.System));
}
