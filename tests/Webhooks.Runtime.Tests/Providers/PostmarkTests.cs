using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// Postmark: HTTP Basic credentials from the webhook URL (<c>https://user:password@host/…</c>, or the Webhooks API's
/// <c>HttpAuth</c>). Postmark computes nothing, so it publishes no vectors; the credentials below are the skill's curl
/// example (hookdeck/webhook-skills postmark-webhooks: <c>https://username:password@localhost:3000/webhooks/postmark</c>).
/// </summary>
public sealed class PostmarkTests : BasicCredentialProviderTests
{
    protected override string Provider => "postmark";

    protected override string Secret => "username:password";

    protected override string OtherSecret => "postmark-hook:rotated-password";

    protected override string Body => """{"RecordType":"Bounce","MessageID":"test"}""";

    private static WebhookVerificationStatus Verify(string? authorization) =>
        Verifier("postmark", TimeProvider.System, options => (options.Username, options.Password) = ("username", "password"))
            .Verify(Request(("Authorization", authorization)), Utf8("""{"RecordType":"Bounce","MessageID":"test"}""")).Status;

    // base64("username:password") = dXNlcm5hbWU6cGFzc3dvcmQ= (derived).
    [Fact]
    public void Skill_curl_credentials_are_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic dXNlcm5hbWU6cGFzc3dvcmQ="));

    // The skill splits on every ':' and so breaks passwords that hold one; RFC 7617 splits at the first.
    [Fact]
    public void A_colon_in_the_password_is_kept() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verifier("postmark", TimeProvider.System, o => (o.Username, o.Password) = ("hook", "pa:ss"))
            .Verify(Request(("Authorization", WebhookSignatures.HttpBasic("hook", "pa:ss"))), []).Status);

    [Fact]
    public void Missing_credentials_are_missing() => Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(null));

    [Fact]
    public void Wrong_password_is_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(WebhookSignatures.HttpBasic("username", "passwordx")));

    // A sender with credentials in its URL may wait for a challenge before it sends them.
    [Fact]
    public void The_401_challenges_for_basic_credentials() =>
        Assert.Equal(HttpBasicVerifier.BasicChallenge, Verifier("postmark", TimeProvider.System, o => (o.Username, o.Password) = ("u", "p")).Challenge);
}
