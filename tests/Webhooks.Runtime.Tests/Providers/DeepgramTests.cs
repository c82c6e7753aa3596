using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// Deepgram callbacks: HTTP Basic credentials from the callback URL, the method Deepgram recommends since its
/// 2026-10-27 changelog ("Verify Callback Requests with Basic Auth or Extra Metadata", which retires <c>dg-token</c>).
/// Nothing is computed, so there are no vectors.
/// </summary>
public sealed class DeepgramTests : BasicCredentialProviderTests
{
    protected override string Provider => "deepgram";

    protected override string Secret => "deepgram:callback-password";

    protected override string OtherSecret => "deepgram:next-callback-password";

    protected override string Body => """{"metadata":{"request_id":"4a1e6c2e-0b1f-4f0e-9d7e-2a8c1f3b5d6e","channels":1},"results":{"channels":[{"alternatives":[{"transcript":"hello","confidence":0.99}]}]}}""";

    private static WebhookVerificationStatus Verify(string? authorization) =>
        Verifier("deepgram", TimeProvider.System, options => (options.Username, options.Password) = ("deepgram", "callback-password"))
            .Verify(Request(("Authorization", authorization)), []).Status;

    [Fact]
    public void Url_credentials_are_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify(WebhookSignatures.HttpBasic("deepgram", "callback-password")));

    [Fact]
    public void Wrong_user_or_password_is_invalid()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(WebhookSignatures.HttpBasic("deepgram", "callback-passwor")));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(WebhookSignatures.HttpBasic("deepgraM", "callback-password")));
    }

    // The retired dg-token header (an API key's identifier) proves nothing now: alone, it is no credential.
    [Fact]
    public void A_dg_token_header_alone_is_missing_credentials() =>
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verifier("deepgram", TimeProvider.System, o => (o.Username, o.Password) = ("deepgram", "callback-password"))
            .Verify(Request(("dg-token", "a1b2c3d4-key-identifier")), []).Status);

    [Theory]
    [InlineData("Token dGVzdA==")]
    [InlineData("Basic not*base64")]
    public void Non_basic_or_malformed_headers_are_invalid(string header) => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(header));

    // A callback names no event: every one is "callback", deduplicated on the request id Deepgram returned when the job was sent.
    [Fact]
    public void Every_callback_is_one_event_deduplicated_on_its_request_id()
    {
        Assert.Equal(ValueSourceKind.Constant, BuiltInProviders.Deepgram.EventType.Kind);
        Assert.Equal(["callback"], BuiltInProviders.Deepgram.KnownEvents);
        Assert.Equal("metadata.request_id", Assert.Single(BuiltInProviders.Deepgram.IdempotencyKeys).Name);
    }
}
