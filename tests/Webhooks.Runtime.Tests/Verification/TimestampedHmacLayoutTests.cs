using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Verification;

/// <summary>The TimestampedHmac scheme as a declared provider lays it out: usable layouts verify, unusable ones fail at creation.</summary>
public sealed class TimestampedHmacLayoutTests
{
    private static WebhookSignatureVerifier Create(ProviderDescriptor layout)
    {
        var options = new WebhookProviderOptions();
        options.Secrets.Add("acme-secret");
        return WebhookVerifierFactory.Create(layout, options, ClockAt(1_700_000_000));
    }

    // Slack's layout as data: a prefix before the timestamp, a prefix before the signature, the timestamp in its own header.
    [Fact]
    public async Task A_declared_slack_shaped_layout_verifies_what_the_signer_signs()
    {
        var layout = new ProviderDescriptor
        {
            Name = "acme",
            Scheme = SignatureScheme.TimestampedHmac,
            SignatureHeader = "X-Acme-Signature",
            SignaturePrefix = "v0=",
            TimestampHeader = "X-Acme-Timestamp",
            SignedPrefix = "v0:",
            SignedSeparator = ':',
        };
        var (request, body) = await Receive(new WebhookSigner(layout, "acme-secret", ClockAt(1_700_000_000)).CreateRequest("https://example.com/webhooks/acme", "{}"));

        Assert.StartsWith("v0=", request.Headers["X-Acme-Signature"].ToString(), StringComparison.Ordinal);
        Assert.Equal(WebhookVerificationStatus.Valid, Create(layout).Verify(request, body).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Create(layout).Verify(request, Tampered(body)).Status);
    }

    [Theory]
    [InlineData(null, "t", "v1", null)]
    [InlineData("Acme-Signature", null, "v1", null)]
    [InlineData("Acme-Signature", "t", "v1", "X-Acme-Timestamp")]
    [InlineData("Acme-Signature", "t", null, null)]
    public void An_unusable_layout_fails_naming_the_provider(string? header, string? timestampKey, string? signatureKey, string? timestampHeader)
    {
        var layout = new ProviderDescriptor
        {
            Name = "acme",
            Scheme = SignatureScheme.TimestampedHmac,
            SignatureHeader = header,
            TimestampKey = timestampKey,
            SignatureKey = signatureKey,
            TimestampHeader = timestampHeader,
        };

        Assert.Contains("'acme'", Assert.Throws<InvalidOperationException>(() => Create(layout)).Message, StringComparison.Ordinal);
    }
}
