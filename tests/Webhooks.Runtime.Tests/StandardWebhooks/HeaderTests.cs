using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>The three headers, their absence, and the <c>svix-*</c> names.</summary>
public sealed class HeaderTests
{
    private static WebhookVerificationStatus Verify(params (string Name, string? Value)[] headers) =>
        Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(headers), VectorBodyBytes).Status;

    // standard-webhooks/standard-webhooks libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs
    // (TestMissingIdRasiesException, TestMissingTimestampThrowsException, TestMissingSignatureThrowsException).
    [Theory]
    [InlineData(null, "1614265330", VectorSignature)]
    [InlineData(VectorId, null, VectorSignature)]
    [InlineData(VectorId, "1614265330", null)]
    [InlineData(null, null, null)]
    public void Missing_header_is_reported(string? id, string? timestamp, string? signature) =>
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", signature)));

    [Theory]
    [InlineData("", "1614265330", VectorSignature)]
    [InlineData(VectorId, "", VectorSignature)]
    [InlineData(VectorId, "1614265330", "")]
    public void Empty_header_is_reported_as_missing(string id, string timestamp, string signature) =>
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", signature)));

    [Fact]
    public void Complete_headers_pass() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(("webhook-id", VectorId), ("webhook-timestamp", "1614265330"), ("webhook-signature", VectorSignature)));

    [Fact]
    public void Header_names_are_case_insensitive() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(("Webhook-Id", VectorId), ("WEBHOOK-TIMESTAMP", "1614265330"), ("Webhook-Signature", VectorSignature)));

    [Fact]
    public void Svix_headers_are_accepted() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(("svix-id", VectorId), ("svix-timestamp", "1614265330"), ("svix-signature", VectorSignature)));

    [Fact]
    public void Svix_and_webhook_headers_may_be_mixed() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(("webhook-id", VectorId), ("svix-timestamp", "1614265330"), ("svix-signature", VectorSignature)));

    // An empty webhook-* header falls back to its svix-* twin.
    [Fact]
    public void Empty_webhook_header_falls_back_to_svix() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(("webhook-id", ""), ("svix-id", VectorId), ("webhook-timestamp", "1614265330"), ("webhook-signature", VectorSignature)));

    [Theory]
    [InlineData("svix-id")]
    [InlineData("svix-timestamp")]
    [InlineData("svix-signature")]
    public void Missing_svix_header_is_reported(string missing)
    {
        (string, string?)[] headers = [("svix-id", VectorId), ("svix-timestamp", "1614265330"), ("svix-signature", VectorSignature)];

        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify([.. headers.Where(h => h.Item1 != missing)]));
    }

    // The svix-* values are signed the same way: a wrong svix-signature fails like a wrong webhook-signature.
    [Fact]
    public void Wrong_svix_signature_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(("svix-id", VectorId), ("svix-timestamp", "1614265330"), ("svix-signature", "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")));
}
