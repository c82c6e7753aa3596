using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

public sealed class GitHubTests : ProviderContractTests
{
    protected override string Provider => "github";

    protected override string Secret => "It's a Secret to Everybody";

    protected override string OtherSecret => "mysecret";

    protected override string[] SignatureHeaders => ["X-Hub-Signature-256"];

    private static WebhookVerificationStatus Verify(string secret, string body, string? signature) =>
        Verifier("github", TimeProvider.System, secret).Verify(Request(("X-Hub-Signature-256", signature)), Utf8(body)).Status;

    // GitHub docs, "Validating webhook deliveries" (and PROVIDERS.md).
    [Fact]
    public void GitHub_docs_vector() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify("It's a Secret to Everybody", "Hello, World!", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));

    // Hex of either case: some senders and proxies upper-case it.
    [Fact]
    public void Upper_case_hex_is_accepted() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify("It's a Secret to Everybody", "Hello, World!", "sha256=757107EA0EB2509FC211221CCE984B8A37570B6D7586C22C46F4379C8B043E17"));

    // octokit/webhooks-methods.js test/sign.test.ts: JSON.stringify({ foo: "bar" }) under "mysecret".
    [Fact]
    public void Octokit_sign_vector() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify("mysecret", """{"foo":"bar"}""", "sha256=4864d2759938a15468b5df9ade20bf161da9b4f737ea61794142f3484236bda3"));

    // octokit/webhooks-methods.js test/verify.test.ts: the payload as GitHub sends it, indented by 2 with a final newline.
    [Fact]
    public void Octokit_verify_vector()
    {
        const string body = "{\n  \"foo\": \"bar\"\n}\n";
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("mysecret", body, "sha256=e3eccac34c43c7dc1cbb905488b1b81347fcc700a7b025697a9d07862256023f"));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("mysecret", body, "sha256=xxxccac34c43c7dc1cbb905488b1b81347fcc700a7b025697a9d07862256023f"));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("mysecret", body, "foo"));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("foo", body, "sha256=e3eccac34c43c7dc1cbb905488b1b81347fcc700a7b025697a9d07862256023f"));
    }

    // octokit/webhooks-methods.js test/verify.test.ts, "special characters (#71)": escapes and non-ASCII bytes
    // are signed as sent, not as a JSON parser would read them.
    [Theory]
    [InlineData("{\n  \"foo\": \"Foo\\n\\u001B[34mbar: ♥♥♥♥♥♥♥♥\\nthis-is-lost\\u001B[0m\\u001B[2K\"\n}\n", "sha256=9dacf9003316b09be07df56d86a2d0d6872e42a1e6c72c3bad9ff915a7c5603e")]
    [InlineData("{\n  \"foo\": \"\\\\u001b\"\n}\n", "sha256=87316067e2011fae39998b18c46a14d83b3e7c3ffdd88fb2ee5afb7d11288e60")]
    public void Octokit_special_character_vectors(string body, string signature) =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("development", body, signature));

    // octokit/webhooks-methods.js README.md: the legacy X-Hub-Signature (HMAC-SHA1) of JSON.stringify({ foo: "bar" }),
    // which a provider declared with HmacAlgorithm.Sha1 verifies.
    [Fact]
    public void Legacy_sha1_signature_vector()
    {
        var verifier = new BodyHmacVerifier([Utf8("mysecret")], "X-Hub-Signature", "sha1=", HmacAlgorithm.Sha1, SignatureEncoding.Hex);
        var request = Request(("X-Hub-Signature", "sha1=d03207e4b030cf234e3447bac4d93add4c6643d8"));

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(request, Utf8("""{"foo":"bar"}""")).Status);
    }

    [Fact]
    public void A_signature_without_its_prefix_is_invalid() => Assert.Equal(
        WebhookVerificationStatus.InvalidSignature,
        Verify("It's a Secret to Everybody", "Hello, World!", "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));

    [Fact]
    public async Task Signer_sets_the_event_and_delivery_headers()
    {
        var signer = new WebhookSigner("github", Secret, ClockAt(Now));
        var (request, _) = await Receive(signer.CreateRequest("/webhooks/github", "{}", webhookId: "72d3162e-cc78-11e3-81ab-4c9367dc0958", eventType: "push"));

        Assert.Equal("push", request.Headers["X-GitHub-Event"]);
        Assert.Equal("72d3162e-cc78-11e3-81ab-4c9367dc0958", request.Headers["X-GitHub-Delivery"]);
    }
}
