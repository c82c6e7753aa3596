using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// What Clerk and Resend share, as senders through Svix: Standard Webhooks v1 under the <c>svix-*</c> header names only,
/// the published Svix vector, and a vector signed by the official <c>standardwebhooks</c> npm package (1.1.1) with the
/// provider SDK's own test inputs at a fixed time (their tests sign with the current time).
/// </summary>
public abstract class SvixProviderTests : ProviderContractTests
{
    protected const long VectorNow = 1_700_000_000;

    protected override string[] SignatureHeaders => ["svix-id", "svix-timestamp", "svix-signature"];

    protected override string OtherSecret => "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private protected WebhookVerificationStatus Verify(string secret, string id, long timestamp, string body, string signature, long receivedAt, string prefix = "svix") =>
        Verifier(Provider, ClockAt(receivedAt), secret)
            .Verify(Request(($"{prefix}-id", id), ($"{prefix}-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"{prefix}-signature", signature)), Utf8(body))
            .Status;

    // https://docs.svix.com/receiving/verifying-payloads/how-manual (and the Standard Webhooks specification).
    [Fact]
    public void Svix_published_vector() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify(StandardWebhooksTests.VectorSecret, StandardWebhooksTests.VectorId, StandardWebhooksTests.VectorTimestamp, StandardWebhooksTests.VectorBody, StandardWebhooksTests.VectorSignature, StandardWebhooksTests.VectorTimestamp));

    // The provider's SDK reads the svix-* names only: the specification's webhook-* names are not read for it, so the
    // same signed delivery under them is missing its headers.
    [Fact]
    public void The_specifications_header_names_are_not_read() => Assert.Equal(
        WebhookVerificationStatus.MissingHeaders,
        Verify(StandardWebhooksTests.VectorSecret, StandardWebhooksTests.VectorId, StandardWebhooksTests.VectorTimestamp, StandardWebhooksTests.VectorBody, StandardWebhooksTests.VectorSignature, StandardWebhooksTests.VectorTimestamp, prefix: "webhook"));

    // Clerk's "v1,invalid_signature_here", Resend's "v1,not-a-valid-signature".
    [Theory]
    [InlineData("v1,invalid_signature_here")]
    [InlineData("v1,not-a-valid-signature")]
    public void An_sdk_tests_invalid_signature_fails(string signature) => Assert.Equal(
        WebhookVerificationStatus.InvalidSignature,
        Verify(StandardWebhooksTests.VectorSecret, StandardWebhooksTests.VectorId, StandardWebhooksTests.VectorTimestamp, StandardWebhooksTests.VectorBody, signature, StandardWebhooksTests.VectorTimestamp));

    // Clerk's "should accept when one of several signatures is valid": an invalid entry before the valid one.
    [Fact]
    public void A_valid_entry_after_an_invalid_one_passes() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify(StandardWebhooksTests.VectorSecret, StandardWebhooksTests.VectorId, StandardWebhooksTests.VectorTimestamp, StandardWebhooksTests.VectorBody, "v1,invalid_signature " + StandardWebhooksTests.VectorSignature, StandardWebhooksTests.VectorTimestamp));
}
