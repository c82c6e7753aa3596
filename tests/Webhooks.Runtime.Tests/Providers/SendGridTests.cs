using Webhooks.Configuration;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// SendGrid's Signed Event Webhook: ECDSA P-256 / SHA-256 over <c>X-Twilio-Email-Event-Webhook-Timestamp</c> followed
/// by the body, base64 DER in <c>X-Twilio-Email-Event-Webhook-Signature</c>, checked with the account's verification key.
/// The contract runs with key pairs made here: the sender signs with the private key, the receiver holds the public one.
/// SendGrid's SDKs only verify (SendGrid keeps the private key); the official NuGet SendGrid 9.29.3
/// RequestValidator.VerifySignature was run once, outside this suite, on a request from the test kit's signer: it
/// accepted it, and refused it with one byte added to the body.
/// </summary>
public sealed class SendGridTests : ProviderContractTests
{
    // The vector of SendGrid's own SDK tests, verbatim: sendgrid/sendgrid-nodejs
    // packages/eventwebhook/src/eventwebhook.spec.js @ 31bf6a020b7076f003a92b93baf8a054282a9838 and sendgrid/sendgrid-csharp
    // tests/SendGrid.Tests/Helpers/EventWebhook/RequestValidatorTests.cs @ 00616867a66d23115e10d6c9cb9c85240d4894d0.
    private const string PublicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
    private const string Signature = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=";
    private const string Timestamp = "1588788367";
    private const string Payload = """{"category":"example_payload","event":"test_event","message_id":"message_id"}""";
    private const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    private const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private static readonly WebhookKeyPair Keys = WebhookKeyPair.CreateEcdsa();
    private static readonly WebhookKeyPair OtherKeys = WebhookKeyPair.CreateEcdsa();

    protected override string Provider => "sendgrid";

    protected override string Secret => Keys.PrivateKey;

    protected override string OtherSecret => OtherKeys.PrivateKey;

    protected override string[] SignatureHeaders => [SignatureHeader, TimestampHeader];

    protected override string Body => """[{"email":"a@example.com","timestamp":1700000000,"event":"delivered","sg_event_id":"ZGVsaXZlcmVk","sg_message_id":"m1"}]""";

    protected override string ReceiverSecret(string senderSecret) => senderSecret == Keys.PrivateKey ? Keys.PublicKeyBase64 : OtherKeys.PublicKey;

    protected override void Configure(WebhookProviderOptions options, string[] credentials) => options.PublicKeys.AddRange(credentials);

    private static WebhookVerificationResult VerifyVector(string publicKey = PublicKey, string payload = Payload, string signature = Signature, string timestamp = Timestamp) =>
        Verifier("sendgrid", ClockAt(1588788367), options => options.PublicKeys.Add(publicKey))
            .Verify(Request((SignatureHeader, signature), (TimestampHeader, timestamp)), Utf8(payload));

    [Fact]
    public void Official_vector_verifies() => Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector().Status);

    [Fact]
    public void Official_vector_verifies_with_the_key_as_pem()
    {
        var pem = "-----BEGIN PUBLIC KEY-----\n" + PublicKey + "\n-----END PUBLIC KEY-----\n";

        Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector(publicKey: pem).Status);
    }

    [Fact]
    public void Official_vector_is_held_to_the_tolerance_like_any_signed_timestamp()
    {
        var result = Verifier("sendgrid", ClockAt(1588788367 + 301), options => options.PublicKeys.Add(PublicKey))
            .Verify(Request((SignatureHeader, Signature), (TimestampHeader, Timestamp)), Utf8(Payload));

        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, result.Status);
    }

    [Fact]
    public void Official_bad_key_is_invalid() =>
        Assert.Equal(
            WebhookVerificationStatus.InvalidSignature,
            VerifyVector(publicKey: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==").Status);

    [Fact]
    public void Official_bad_payload_is_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(payload: "payload").Status);

    [Theory]
    [InlineData("MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH3j/0=")] // the Node SDK's
    [InlineData("signature")] // the C# SDK's
    public void Official_bad_signatures_are_invalid(string signature) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(signature: signature).Status);

    // The SDKs' "bad timestamp" signs nothing real: here it isn't unix seconds, so it is refused before any crypto.
    [Fact]
    public void Official_bad_timestamp_is_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(timestamp: "timestamp").Status);

    [Fact]
    public void Timestamp_signed_as_text_must_be_sent_verbatim() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(timestamp: "01588788367").Status);

    [Fact]
    public void Signature_of_the_wrong_format_is_invalid_not_an_error()
    {
        // A JWS-style raw r||s signature (64 bytes) is not DER.
        var raw = Convert.ToBase64String(new byte[64]);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyVector(signature: raw).Status);
    }

    [Fact]
    public void Valid_vector_reports_its_signed_timestamp() =>
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1588788367), VerifyVector().Timestamp);
}
