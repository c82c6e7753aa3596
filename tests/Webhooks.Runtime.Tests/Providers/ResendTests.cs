using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Resend: Standard Webhooks v1 through Svix, <c>svix-*</c> headers, a <c>whsec_</c> signing secret.</summary>
public sealed class ResendTests : SvixProviderTests
{
    // resend/resend-node src/webhooks/webhooks-verify.spec.ts @ 254b263: webhookSecret, id and payload.
    private const string SdkSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SdkId = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private const string SdkBody = """{"type":"email.sent","data":{"id":"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"}}""";

    // Derived: new Webhook(webhookSecret).sign(id, new Date(1700000000 * 1000), payload) with standardwebhooks 1.1.1, as
    // the spec does with the current time.
    private const string SdkSignature = "v1,/kogz9U9C0o5CfN1DuIkfGRtaYfCLt0hGH6xssW7mG0=";

    protected override string Provider => "resend";

    protected override string Secret => SdkSecret;

    protected override string Body => SdkBody;

    [Fact]
    public void Resend_sdk_inputs_signed_by_the_standardwebhooks_library_verify() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(SdkSecret, SdkId, VectorNow, SdkBody, SdkSignature, VectorNow));

    // The spec's failing case: 'v1,not-a-valid-signature' over {"type":"email.sent"}.
    [Fact]
    public void Resend_sdk_invalid_signature_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(SdkSecret, SdkId, VectorNow, """{"type":"email.sent"}""", "v1,not-a-valid-signature", VectorNow));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_five_minutes_off_either_way_fails(long receivedLater) =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(SdkSecret, SdkId, VectorNow, SdkBody, SdkSignature, VectorNow + receivedLater));

    [Fact]
    public void Descriptor_names_resends_secret_and_dedupes_on_svix_id()
    {
        Assert.Equal("RESEND_WEBHOOK_SECRET", BuiltInProviders.Resend.SecretEnvironmentVariable);
        Assert.Equal([(ValueSourceKind.Header, "svix-id")], BuiltInProviders.Resend.IdempotencyKeys.Select(k => (k.Kind, k.Name)));
    }
}
