using Webhooks.Verification;
using static Webhooks.Runtime.Tests.StandardWebhooks.Delivery;

namespace Webhooks.Runtime.Tests.StandardWebhooks;

/// <summary>Space-separated signature entries, versions, and signatures of the wrong length.</summary>
public sealed class SignatureListTests
{
    private static readonly byte[] VectorHash = Convert.FromBase64String(VectorSignature["v1,".Length..]);

    private static WebhookVerificationStatus Verify(string signatureHeader) =>
        Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(Request(VectorId, "1614265330", signatureHeader), VectorBodyBytes).Status;

    [Fact]
    public void Right_signature_after_v2_and_wrong_v1_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + VectorSignature));

    [Fact]
    public void Right_signature_first_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(VectorSignature + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="));

    [Fact]
    public void Right_signature_after_a_v1a_entry_passes() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("v1a," + Convert.ToBase64String(new byte[64]) + " " + VectorSignature));

    // The right hash with one byte too few or too many, and a 64-byte value that starts with it: never a match.
    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(32)]
    public void Signature_of_the_wrong_length_fails(int extraBytes)
    {
        var bytes = extraBytes < 0 ? VectorHash[..^1] : [.. VectorHash, .. new byte[extraBytes]];

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("v1," + Convert.ToBase64String(bytes)));
    }

    // A correct signature written without base64 padding is not the form the specification sends.
    [Fact]
    public void Signature_that_is_not_base64_fails() =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE"));

    // A proxy may split the header into several lines; the entries of all of them count.
    [Fact]
    public void Signature_entries_spread_over_several_header_lines_pass()
    {
        var request = Request(VectorId, "1614265330", "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=");
        request.Headers["webhook-signature"] = Microsoft.Extensions.Primitives.StringValues.Concat(request.Headers["webhook-signature"], VectorSignature);

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier(VectorKey, ClockAt(VectorTimestamp)).Verify(request, VectorBodyBytes).Status);
    }
}
