using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Verification;

/// <summary>The shared-token scheme as data: a token in a JSON member (Deepgram's callback secret), or after a prefix.</summary>
public sealed class SharedTokenVerifierTests
{
    private static readonly byte[][] Tokens = [Utf8("s3cret-token")];

    private static WebhookVerificationStatus FromJson(string body) =>
        new SharedTokenVerifier(Tokens, ValueSource.Json("metadata.extra.callback_secret"), null).Verify(Request(), Utf8(body)).Status;

    [Fact]
    public void Token_in_a_json_member_is_valid() =>
        Assert.Equal(WebhookVerificationStatus.Valid, FromJson("""{"metadata":{"request_id":"r1","extra":{"callback_secret":"s3cret-token"}},"results":{}}"""));

    [Fact]
    public void Wrong_json_token_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, FromJson("""{"metadata":{"extra":{"callback_secret":"s3cret-tokeN"}}}"""));

    [Fact]
    public void Escaped_json_token_is_read_unescaped() =>
        Assert.Equal(WebhookVerificationStatus.Valid, FromJson("""{"metadata":{"extra":{"callback_secret":"s3cret\u002dtoken"}}}"""));

    [Theory]
    [InlineData("""{"metadata":{"request_id":"r1"}}""")]
    [InlineData("""{"metadata":{"extra":{"callback_secret":""}}}""")]
    public void Missing_json_token_is_missing(string body) => Assert.Equal(WebhookVerificationStatus.MissingHeaders, FromJson(body));

    // The body is not yet trusted: malformed JSON is a bad credential (401), not a bad body (400).
    [Theory]
    [InlineData("""{"metadata":""")]
    [InlineData("not json")]
    public void Malformed_json_is_invalid(string body) => Assert.Equal(WebhookVerificationStatus.InvalidSignature, FromJson(body));

    [Theory]
    [InlineData("Bearer s3cret-token", WebhookVerificationStatus.Valid)]
    [InlineData("bearer s3cret-token", WebhookVerificationStatus.Valid)]
    [InlineData("s3cret-token", WebhookVerificationStatus.InvalidSignature)]
    [InlineData("Bearer ", WebhookVerificationStatus.InvalidSignature)]
    [InlineData("Bearer s3cret-token ", WebhookVerificationStatus.InvalidSignature)]
    public void Header_token_follows_its_prefix(string header, object expected) =>
        Assert.Equal((WebhookVerificationStatus)expected, new SharedTokenVerifier(Tokens, ValueSource.Header("Authorization"), "Bearer ").Verify(Request(("Authorization", header)), []).Status);

    [Fact]
    public void A_token_is_read_from_a_header_or_json_only() =>
        Assert.Throws<ArgumentException>(() => new SharedTokenVerifier(Tokens, ValueSource.Form("token"), null));
}
