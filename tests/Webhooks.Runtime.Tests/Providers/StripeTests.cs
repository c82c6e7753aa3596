using System.Globalization;
using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

public sealed class StripeTests : ProviderContractTests
{
    // stripe/stripe-dotnet src/StripeTests/Services/Events/EventUtilityTest.cs, with its fixture
    // src/StripeTests/Resources/event_test_signature.json (LF line endings, final newline).
    private const string DotnetSecret = "webhook_secret";
    private const long DotnetTimestamp = 1533204620;
    private const string DotnetHeader =
        "t=1533204620,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef";
    private const string DotnetJson = """
        {
          "id": "evt_123",
          "object": "event",
          "account": "acct_123",
          "api_version": "2017-05-25",
          "created": 1533204620,
          "data": {
            "object": {
              "id": "cus_123",
              "object": "customer",
              "created": 123456789,
              "email": "test@stripe.com",
              "livemode": false,
              "metadata": {}
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": {
            "id": "req_123",
            "idempotency_key": "idempotency-key-123"
          },
          "type": "customer.created"
        }

        """;

    // stripe/stripe-python tests/test_webhook.py and stripe/stripe-node test/Webhook.spec.ts use this secret.
    private const string PythonSecret = "whsec_test_secret";

    protected override string Provider => "stripe";

    protected override string Secret => PythonSecret;

    protected override string OtherSecret => "whsec_other_secret";

    protected override string[] SignatureHeaders => ["Stripe-Signature"];

    private static WebhookVerificationResult Verify(string header, string body, long now, string secret = DotnetSecret, TimeSpan? tolerance = null) =>
        Verifier("stripe", ClockAt(now), options =>
        {
            options.Secrets.Add(secret);
            options.Tolerance = tolerance;
        }).Verify(Request(("Stripe-Signature", header)), Utf8(body));

    private static WebhookVerificationResult VerifyDotnet(string header, string body, long now) =>
        Verify(header, body, now, tolerance: TimeSpan.FromSeconds(300));

    // The signature computed here from the raw secret, independently of the runtime and WebhookSigner.
    private static string V1(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Utf8(secret), Utf8(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));

    // EventUtilityTest.ConstructEvent and ValidateSignature_ValidSignatureDoesNotThrow: received 100 s later.
    [Fact]
    public void Stripe_dotnet_vector()
    {
        var result = VerifyDotnet(DotnetHeader, DotnetJson, DotnetTimestamp + 100);

        Assert.Equal(WebhookVerificationStatus.Valid, result.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(DotnetTimestamp), result.Timestamp);
    }

    // EventUtilityTest.RejectOutdatedTimestamp: 400 s later with a 300 s tolerance.
    [Fact]
    public void Stripe_dotnet_vector_received_late_is_out_of_tolerance() =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, VerifyDotnet(DotnetHeader, DotnetJson, DotnetTimestamp + 400).Status);

    // EventUtilityTest.RejectIncorrectSignature.
    [Fact]
    public void Stripe_dotnet_vector_with_a_changed_body_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyDotnet(DotnetHeader, DotnetJson + "this_changes_the_json", DotnetTimestamp).Status);

    // EventUtilityTest.ValidateSignatureHandlesIncorrectHeaderValues, and "bad_header" from stripe-python
    // (test_raise_on_invalid_header) and stripe-node.
    [Theory]
    [InlineData("t=,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef")]
    [InlineData("t,v1=,v0=")]
    [InlineData("t,v1=,v0")]
    [InlineData("t,v1=,")]
    [InlineData("t,,")]
    [InlineData(",,")]
    [InlineData("t")]
    [InlineData("bad_header")]
    [InlineData("i'm not even a real signature header")]
    public void Malformed_headers_are_invalid(string header) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyDotnet(header, "{}", DotnetTimestamp).Status);

    // stripe-dotnet ValidateSignature_MultipleSignatures_AtLeastOneValid_ShouldPass, stripe-node ",v1=potato",
    // stripe-python test_header_contains_valid_signature: during a secret roll Stripe sends one v1 per secret.
    [Theory]
    [InlineData(",v1=deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef")]
    [InlineData(",v1=potato")]
    [InlineData(",v1=bad_signature")]
    public void Any_matching_v1_passes(string extra)
    {
        var header = "t=" + Now + ",v1=" + V1(PythonSecret, Now, "{}") + extra;
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(header, "{}", Now, PythonSecret).Status);

        var before = "t=" + Now + extra + ",v1=" + V1(PythonSecret, Now, "{}");
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(before, "{}", Now, PythonSecret).Status);
    }

    // stripe-dotnet ValidateSignature_NoV1Signatures_ShouldThrow, stripe-python
    // test_raise_on_no_signatures_with_expected_scheme: a v0 signature, even a correct one, is ignored.
    [Fact]
    public void A_v0_signature_alone_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("t=" + Now + ",v0=" + V1(PythonSecret, Now, "{}"), "{}", Now, PythonSecret).Status);

    // stripe-python test_timestamp_off_but_no_tolerance and stripe-node: with the tolerance off, any age passes.
    [Fact]
    public void With_the_tolerance_off_an_old_timestamp_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("t=12345,v1=" + V1(PythonSecret, 12345, "{}"), "{}", Now, PythonSecret).Status);

    // The whsec_ secret is the HMAC key as it is written (UTF-8), not base64-decoded as Standard Webhooks does.
    [Fact]
    public void The_whsec_secret_is_used_verbatim()
    {
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // valid base64 after the prefix, to tell the two apart
        var asUtf8 = "t=" + Now + ",v1=" + V1(secret, Now, "{}");
        var decoded = Convert.FromBase64String(secret["whsec_".Length..]);
        var asBase64 = "t=" + Now + ",v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(decoded, Utf8(Now + ".{}")));

        Assert.Equal(WebhookVerificationStatus.Valid, Verify(asUtf8, "{}", Now, secret).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(asBase64, "{}", Now, secret).Status);
    }

    // The timestamp in the header is signed: changing it breaks the signature, so it can't be freshened.
    [Fact]
    public void A_changed_timestamp_is_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("t=" + (Now + 1) + ",v1=" + V1(PythonSecret, Now, "{}"), "{}", Now, PythonSecret).Status);
}
