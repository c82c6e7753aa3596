using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Paddle Billing: <c>Paddle-Signature: ts=…;h1=…</c>, HMAC-SHA256 hex over <c>{ts}:{body}</c>.</summary>
public sealed class PaddleTests : ProviderContractTests
{
    // PaddleHQ/paddle-node-sdk src/__tests__/notifications/webhooks-validator.node.test.ts @ b8ee4b1, its clock fixed at
    // 2023-11-01T00:00:00Z. The SDK's tolerance is 5 s, past side only; it is set here to 5 s to replay its time cases.
    private const long NodeNow = 1698796800;
    private const string NodeSecret = "VALID_SECRET";
    private const string NodeBody = """{"data": ["1", "2"]}""";
    private const string NodeHeader = "ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9";

    // PaddleHQ/paddle-python-sdk tests/Unit/Notification/test_Verifier.py @ 48c8cc0 and its fixtures
    // _fixtures/standard_payload.json and special_chars_payload.json (read with .strip(): no final newline). Real deliveries.
    private const string PythonSecret = "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_GrOWLNef+vmtjJYq4mSnHNzvc8uWoJ1I";
    private const string StandardHeader = "ts=1710498758;h1=558bf93944dbeb4790c7a8af6cb2ea435c8ca9c8396aafc1a4e37424ac132744";
    private const string StandardBody = """{"data":{"id":"ctm_01hs0tqf76sxmp7ba5e4mw1sc8","name":"John Doe","email":"blackhole+verification2@paddle.com","locale":"en","status":"active","created_at":"2024-03-15T10:32:37.862Z","updated_at":"2024-03-15T10:32:37.862Z","custom_data":null,"import_meta":null,"marketing_consent":false},"event_id":"evt_01hs0tqfme2xwb2hvwv87p8y3w","event_type":"customer.created","occurred_at":"2024-03-15T10:32:38.286848Z","notification_id":"ntf_01hs0tqfrhgkyp39x4wyvy7h6n"}""";
    private const string SpecialCharsHeader = "ts=1710498288;h1=38219b3ba1578184e625c29d201a27cd25bd69e2ec9c3ab87dcb90d87ff73a41";
    private const string SpecialCharsBody = """{"data":{"id":"ctm_01hs0t94g83hs5jdw282ztqa4z","name":"\u00dc\u00c4\u00c5\u00e5\u00d6\u00dc\u00c4\u00c5\u00e5\u00d6","email":"blackhole+verification1@paddle.com","locale":"en","status":"active","created_at":"2024-03-15T10:24:48.136Z","updated_at":"2024-03-15T10:24:48.136Z","custom_data":null,"import_meta":null,"marketing_consent":false},"event_id":"evt_01hs0t94tjvtv62azjmkbeysz7","event_type":"customer.created","occurred_at":"2024-03-15T10:24:48.466759Z","notification_id":"ntf_01hs0t94ws0ay8keh5t4rq70ht"}""";

    // test_validate_paddle_signature_header_with_multiple_secrets: the third secret signed it.
    private const string RotationHeader = "ts=1696195954;h1=dummy;h1=d96299976a6eb066f484d7fde011ac56fc32b38fc9940bc419d6e537fdc6ef02";
    private static readonly string[] RotationSecrets =
    [
        "pdl_ntf_01hbpjmytsa32fhr36nqgc3kgb_TjIG2BXbm83HPXqNfziwe506sBEdqL/4",
        "pdl_ntf_01hbpjmytsa32fhr36nqgc3kgb_vB/yIOnTOCWIvpBadM5jzBZPHc7OmdSo",
        "pdl_ntf_01hbpjmytsa32fhr36nqgc3kgb_WvRO0eL4Bj9rgYYIBZY6wZhG4EHy9jzh",
    ];

    protected override string Provider => "paddle";

    protected override string Secret => "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_GrOWLNef+vmtjJYq4mSnHNzvc8uWoJ1I";

    protected override string OtherSecret => "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_vB/yIOnTOCWIvpBadM5jzBZPHc7OmdSo";

    protected override string[] SignatureHeaders => ["Paddle-Signature"];

    protected override string Body => """{"event_id":"evt_01hv8x","event_type":"transaction.completed","occurred_at":"2024-04-12T10:18:49.621022Z","notification_id":"ntf_01hv8x","data":{"id":"txn_1"}}""";

    private static WebhookVerificationStatus Verify(string header, string body, long now, TimeSpan? tolerance, params string[] secrets) =>
        Verifier("paddle", ClockAt(now), options =>
        {
            options.Secrets.AddRange(secrets);
            options.Tolerance = tolerance;
        }).Verify(Request(("Paddle-Signature", header)), Utf8(body)).Status;

    private static WebhookVerificationStatus VerifyNode(string header, string body, long now, string secret = NodeSecret) =>
        Verify(header, body, now, TimeSpan.FromSeconds(5), secret);

    // "Valid signature", and the time cases "1 second" and "5 seconds" later.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Paddle_node_vector(long later) => Assert.Equal(WebhookVerificationStatus.Valid, VerifyNode(NodeHeader, NodeBody, NodeNow + later));

    // "Valid signature with multiple hashes": two h1 and an unknown h2 item, which is ignored.
    [Fact]
    public void Paddle_node_vector_with_multiple_hashes() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        VerifyNode(
            "ts=1698796800;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h2=RANDOM_HASH",
            """{"data": "value"}""",
            NodeNow));

    // "Invalid secret", "Invalid timestamp", "Invalid data - has more space", "Invalid signature".
    [Theory]
    [InlineData(NodeHeader, NodeBody, "INVALID_VALID_SECRET")]
    [InlineData("ts=9876;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9", NodeBody, NodeSecret)]
    [InlineData(NodeHeader, """{ "data": [ "1", "2" ]}""", NodeSecret)]
    [InlineData("ts=1234;h1=invalid_signature", NodeBody, NodeSecret)]
    public void Paddle_node_invalid_cases(string header, string body, string secret) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyNode(header, body, NodeNow, secret));

    // The header-shape cases: no items, no ts, no h1.
    [Theory]
    [InlineData("invalid_header")]
    [InlineData("h1=invalid_header")]
    [InlineData("ts=1234;h2=invalid_header")]
    public void Paddle_node_malformed_headers_are_invalid(string header) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyNode(header, NodeBody, NodeNow));

    // The time cases "6 seconds" and "4 days" later, out of the SDK's 5 s.
    [Theory]
    [InlineData(6)]
    [InlineData(4 * 86400)]
    public void Paddle_node_vector_received_late_is_out_of_tolerance(long later) =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, VerifyNode(NodeHeader, NodeBody, NodeNow + later));

    // test_validate_paddle_signature_header_with_multiple_secrets, with Verifier(0): no time check.
    [Fact]
    public void Paddle_python_rotation_vector()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(RotationHeader, "hello-world", Now, null, RotationSecrets[0]));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(RotationHeader, "hello-world", Now, null, RotationSecrets[1]));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(RotationHeader, "hello-world", Now, null, RotationSecrets[2]));
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(RotationHeader, "hello-world", Now, null, RotationSecrets));
    }

    // test_verify_valid_signature with the standard and the special-characters payloads.
    [Theory]
    [InlineData(StandardHeader, StandardBody)]
    [InlineData(SpecialCharsHeader, SpecialCharsBody)]
    public void Paddle_python_vectors(string header, string body)
    {
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(header, body, Now, null, PythonSecret));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(header, body + "\n", Now, null, PythonSecret));
    }

    // Our default tolerance, 5 minutes either way, holds for Paddle too: its SDKs' 5 s is too tight for receivers with clock skew.
    [Fact]
    public void The_default_tolerance_is_five_minutes_either_way()
    {
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(NodeHeader, NodeBody, NodeNow + 300, TimeSpan.FromMinutes(5), NodeSecret));
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(NodeHeader, NodeBody, NodeNow - 301, TimeSpan.FromMinutes(5), NodeSecret));
    }

    // The separators are Paddle's: Stripe's ',' between items or '.' before the body is not Paddle's signature.
    [Fact]
    public void Stripe_shaped_headers_are_invalid() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyNode(NodeHeader.Replace(';', ','), NodeBody, NodeNow));
}
