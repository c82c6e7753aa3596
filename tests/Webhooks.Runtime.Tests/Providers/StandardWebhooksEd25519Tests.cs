using NSec.Cryptography;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;
using static Webhooks.Runtime.Tests.Providers.StandardWebhooksTests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// The <c>standard-webhooks</c> provider with <c>v1a</c> (Ed25519) signatures: the sender holds a <c>whsk_</c>
/// private key, the receiver is configured with its <c>whpk_</c> public key.
/// </summary>
public sealed class StandardWebhooksEd25519Tests : ProviderContractTests
{
    // standard-webhooks/standard-webhooks libraries/go/webhook_asymmetric_test.go (TestAsymmetricWebhookSign): the
    // 32-byte seed "TESTSIGNINGKEYDONOTUSETHISFORANY" signing the v1 vector's id, timestamp and body.
    private const string GoSigningKey = "VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=";
    private const string GoSignature = "v1a,tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==";

    // The same file's defaultAsymmetricPrivate, the key of its other tests.
    private const string GoDefaultKey = "V0VCSE9PS0FTWU1NRVRSSUNURVNUUFJJVkFURUtFWTE=";

    protected override string Provider => "standard-webhooks";

    protected override string Secret => "whsk_" + GoSigningKey;

    protected override string OtherSecret => "whsk_" + GoDefaultKey;

    protected override string[] SignatureHeaders => ["webhook-id", "webhook-timestamp", "webhook-signature"];

    protected override string ReceiverSecret(string senderSecret) => PublicKeyOf(senderSecret["whsk_".Length..]);

    // Derived with NSec directly, not with the code under test.
    private static string PublicKeyOf(string seedBase64)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromBase64String(seedBase64), KeyBlobFormat.RawPrivateKey);
        return "whpk_" + Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    private static WebhookVerificationStatus VerifyGoVector(string signature, params string[] secrets) =>
        Verifier("standard-webhooks", ClockAt(VectorTimestamp), secrets)
            .Verify(Request(("webhook-id", VectorId), ("webhook-timestamp", "1614265330"), ("webhook-signature", signature)), Utf8(VectorBody))
            .Status;

    [Fact]
    public void Go_library_v1a_vector() =>
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyGoVector(GoSignature, PublicKeyOf(GoSigningKey)));

    // Ed25519 is deterministic, so the test kit must produce the Go library's signature byte for byte.
    [Fact]
    public void Test_kit_signs_the_go_vector_exactly()
    {
        var seed = Convert.FromBase64String(GoSigningKey);

        Assert.Equal(GoSignature, WebhookSignatures.StandardWebhooksEd25519(seed, VectorId, VectorTimestamp, Utf8(VectorBody)));
        Assert.Equal(PublicKeyOf(GoSigningKey), WebhookSignatures.StandardWebhooksPublicKey(seed));
    }

    // webhook_asymmetric_test.go "invalid signature is invalid" and "partial signature is invalid".
    [Theory]
    [InlineData("v1a,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")]
    [InlineData("v1a,")]
    public void Go_library_invalid_signatures_fail(string signature) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyGoVector(signature, PublicKeyOf(GoSigningKey)));

    // webhook_asymmetric_test.go "valid multi sig is valid": v1 and v2 entries around the right v1a one.
    [Fact]
    public void Go_library_multi_signature_list_passes() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        VerifyGoVector("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + GoSignature + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", PublicKeyOf(GoSigningKey)));

    [Fact]
    public void Another_public_key_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyGoVector(GoSignature, PublicKeyOf(GoDefaultKey)));

    // Each entry is checked by its version: a v1a signature never passes as v1 against an HMAC key, nor a v1
    // signature against a public key; with both kinds configured, either entry passes.
    [Fact]
    public void Entries_are_checked_by_version_against_keys_of_their_kind()
    {
        var publicKey = PublicKeyOf(GoSigningKey);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyGoVector(GoSignature, VectorSecret));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, VerifyGoVector(VectorSignature, publicKey));
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyGoVector(GoSignature, VectorSecret, publicKey));
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyGoVector(VectorSignature, VectorSecret, publicKey));
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyGoVector(VectorSignature + " " + GoSignature, publicKey));
    }

    // webhook_asymmetric_test.go "old timestamp fails" / "new timestamp fails".
    [Theory]
    [InlineData(VectorTimestamp + 301)]
    [InlineData(VectorTimestamp - 301)]
    public void Go_library_vector_out_of_tolerance(long now)
    {
        var verifier = Verifier("standard-webhooks", ClockAt(now), PublicKeyOf(GoSigningKey));
        var request = Request(("webhook-id", VectorId), ("webhook-timestamp", "1614265330"), ("webhook-signature", GoSignature));

        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, verifier.Verify(request, Utf8(VectorBody)).Status);
    }

    // A receiver never holds the private key: configuring one fails at start-up, without quoting it.
    [Fact]
    public void A_private_key_is_refused_as_a_receiver_secret()
    {
        var secret = "whsk_" + GoSigningKey;

        Assert.False(SecretDecoder.TryDecode(secret, SecretEncoding.StandardWebhooks, out _, out var problem));
        Assert.DoesNotContain(GoSigningKey, problem);
    }

    [Theory]
    [InlineData("whpk_")]
    [InlineData("whpk_AAAA")]
    [InlineData("whpk_not base64")]
    public void A_public_key_that_is_not_32_bytes_is_refused(string secret) =>
        Assert.False(SecretDecoder.TryDecode(secret, SecretEncoding.StandardWebhooks, out _, out _));
}
