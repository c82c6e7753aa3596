using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

public sealed class SlackTests : ProviderContractTests
{
    // Slack docs, "Verifying requests from Slack", and slackapi/python-slack-sdk
    // tests/signature/test_signature_verifier.py (with a clock fixed at the timestamp).
    private const string VectorSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long VectorTimestamp = 1531420618;
    private const string VectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string VectorBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    protected override string Provider => "slack";

    protected override string Secret => VectorSecret;

    protected override string OtherSecret => "0123456789abcdef0123456789abcdef";

    protected override string[] SignatureHeaders => ["X-Slack-Signature", "X-Slack-Request-Timestamp"];

    private static WebhookVerificationResult Verify(TimeProvider clock, string body, string? timestamp = "1531420618", string? signature = VectorSignature) =>
        Verifier("slack", clock, VectorSecret).Verify(Request(("X-Slack-Request-Timestamp", timestamp), ("X-Slack-Signature", signature)), Utf8(body));

    // python-slack-sdk test_is_valid_request.
    [Fact]
    public void Slack_docs_vector()
    {
        var result = Verify(ClockAt(VectorTimestamp), VectorBody);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp), result.Timestamp);
    }

    // python-slack-sdk test_is_valid_request_invalid_body.
    [Fact]
    public void Slack_docs_vector_with_a_changed_body_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(ClockAt(VectorTimestamp), VectorBody + "------").Status);

    // python-slack-sdk test_is_valid_request_expiration: the real clock is years past the vector.
    [Fact]
    public void Slack_docs_vector_today_is_out_of_tolerance() =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(TimeProvider.System, VectorBody).Status);

    // python-slack-sdk test_is_valid_request_none.
    [Fact]
    public void Missing_timestamp_or_signature_is_reported()
    {
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(ClockAt(VectorTimestamp), VectorBody, timestamp: null).Status);
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(ClockAt(VectorTimestamp), VectorBody, signature: null).Status);
    }

    // The signed timestamp is the header's text: another timestamp, or one that is not a number, fails.
    [Theory]
    [InlineData("1531420619")]
    [InlineData("not-a-number")]
    public void Another_timestamp_is_invalid(string timestamp) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(ClockAt(VectorTimestamp), VectorBody, timestamp).Status);

    // Only the v0 version exists; a signature with another version or none is not Slack's.
    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    public void Malformed_signatures_are_invalid(string signature) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(ClockAt(VectorTimestamp), VectorBody, signature: signature).Status);
}
