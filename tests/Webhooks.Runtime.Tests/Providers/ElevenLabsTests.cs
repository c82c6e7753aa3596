using System.Globalization;
using System.Security.Cryptography;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>ElevenLabs: <c>ElevenLabs-Signature: t=…,v0=…</c>, HMAC-SHA256 hex over <c>{t}.{body}</c>.</summary>
public sealed class ElevenLabsTests : ProviderContractTests
{
    // ElevenLabs publishes no literal vector: its SDK tests sign at run time. elevenlabs/elevenlabs-python
    // tests/test_webhooks.py test_construct_event_mocked_time (@ 54e5899) fixes the clock at 1600000000 with secret
    // "test_secret" and body json.dumps({...}) (spaces after ':' and ','); the hex is DERIVED with the SDK's algorithm.
    private const long PythonNow = 1600000000;
    private const string PythonSecret = "test_secret";
    private const string PythonBody = """{"event_type": "speech.completed", "id": "123456"}""";
    private const string PythonHeader = "t=1600000000,v0=f8a0d1dc33ee963cb54d2f31514555995e93313c9d2042c030adbb82b87fae13";

    protected override string Provider => "elevenlabs";

    protected override string Secret => "wsec_elevenlabs-webhook-secret";

    protected override string OtherSecret => "wsec_elevenlabs-webhook-secret-2";

    protected override string[] SignatureHeaders => ["ElevenLabs-Signature"];

    protected override string Body => """{"type":"post_call_transcription","event_timestamp":1700000000,"data":{"agent_id":"agent_1","conversation_id":"conv_1"}}""";

    private static WebhookVerificationStatus Verify(string? header, string body, long now, string secret = PythonSecret) =>
        Verifier("elevenlabs", ClockAt(now), secret).Verify(Request(("ElevenLabs-Signature", header)), Utf8(body)).Status;

    private static string V0(string secret, long t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Utf8(secret), Utf8(t.ToString(CultureInfo.InvariantCulture) + "." + body)));

    [Fact]
    public void Elevenlabs_python_sdk_derived_vector() => Assert.Equal(WebhookVerificationStatus.Valid, Verify(PythonHeader, PythonBody, PythonNow));

    // The python test's "31 minutes old" case: past our 5 minutes too (the SDKs allow 30 minutes, past side only).
    [Fact]
    public void Elevenlabs_python_sdk_vector_31_minutes_later_is_out_of_tolerance() =>
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, Verify(PythonHeader, PythonBody, PythonNow + 31 * 60));

    // elevenlabs-js tests/custom/client.test.ts: "" → missing header; "invalid_format" → no v0; "t=…,v0=invalid_signature" → mismatch.
    [Fact]
    public void Elevenlabs_js_sdk_error_cases()
    {
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(null, PythonBody, PythonNow));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("invalid_format", PythonBody, PythonNow));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("t=1600000000,v0=invalid_signature", PythonBody, PythonNow));
    }

    // The js test's body and secret, signed now as the SDK does.
    [Fact]
    public void Elevenlabs_js_sdk_case_signed_now()
    {
        const string body = """{"eventType":"test_event","data":{"id":"123"}}""";
        Assert.Equal(WebhookVerificationStatus.Valid, Verify($"t={Now},v0={V0("webhook_secret", Now, body)}", body, Now, "webhook_secret"));
    }

    // v0 is ElevenLabs' signature key, where Stripe's verifier ignores it; Stripe's v1 is not ElevenLabs'.
    [Fact]
    public void Only_v0_items_are_signatures() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(PythonHeader.Replace("v0=", "v1=", StringComparison.Ordinal), PythonBody, PythonNow));
}
