using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Clerk: Standard Webhooks v1 through Svix, <c>svix-*</c> headers, a <c>whsec_</c> signing secret.</summary>
public sealed class ClerkTests : SvixProviderTests
{
    // clerk/javascript packages/backend/src/__tests__/webhooks.test.ts @ 11ca202: mockSecret, mockBody and svix-id.
    private const string SdkSecret = "whsec_dGVzdF9zaWduaW5nX3NlY3JldF8zMl9jaGFyc19sb25n"; // 'whsec_' + base64('test_signing_secret_32_chars_long')
    private const string SdkBody = """{"type":"user.created","data":{"id":"user_123"}}""";

    // Derived: Webhook(mockSecret).sign('msg_123', new Date(1700000000 * 1000), mockBody) with standardwebhooks 1.1.1,
    // the library Clerk's verifyWebhook verifies with; Clerk's own test signs at the current time.
    private const string SdkSignature = "v1,kLln/mW/qoI9eUisvvoz9O/1VqBkTyNgcAAorkVSisc=";

    protected override string Provider => "clerk";

    protected override string Secret => SdkSecret;

    protected override string Body => SdkBody;

    [Fact]
    public void Clerk_sdk_inputs_signed_by_the_standardwebhooks_library_verify() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(SdkSecret, "msg_123", VectorNow, SdkBody, SdkSignature, VectorNow));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_five_minutes_off_either_way_fails(long receivedLater) =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(SdkSecret, "msg_123", VectorNow, SdkBody, SdkSignature, VectorNow + receivedLater));

    [Fact]
    public void Tampered_sdk_body_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(SdkSecret, "msg_123", VectorNow, SdkBody.Replace("user_123", "user_124", StringComparison.Ordinal), SdkSignature, VectorNow));

    // The secret's name in Clerk's SDK (verifyWebhook reads CLERK_WEBHOOK_SIGNING_SECRET), and dedupe on the signed svix-id.
    [Fact]
    public void Descriptor_names_clerks_secret_and_dedupes_on_svix_id()
    {
        Assert.Equal("CLERK_WEBHOOK_SIGNING_SECRET", BuiltInProviders.Clerk.SecretEnvironmentVariable);
        Assert.Equal([(ValueSourceKind.Header, "svix-id")], BuiltInProviders.Clerk.IdempotencyKeys.Select(k => (k.Kind, k.Name)));
        Assert.Equal([StandardWebhooksHeaderNames.Svix], BuiltInProviders.Clerk.StandardWebhooksHeaders);
    }
}
