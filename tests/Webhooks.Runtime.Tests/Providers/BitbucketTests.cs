using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Bitbucket Cloud: <c>X-Hub-Signature: sha256=&lt;hex&gt;</c>, HMAC-SHA256 of the body.</summary>
public sealed class BitbucketTests : ProviderContractTests
{
    protected override string Provider => "bitbucket";

    protected override string Secret => "It's a Secret to Everybody";

    protected override string OtherSecret => "bitbucket-generated-secret";

    protected override string[] SignatureHeaders => ["X-Hub-Signature"];

    protected override string Body => """{"actor":{"display_name":"Ada"},"repository":{"full_name":"acme/widgets"},"push":{"changes":[]}}""";

    private static WebhookVerificationStatus Verify(string secret, string body, string? signature) =>
        Verifier("bitbucket", TimeProvider.System, secret).Verify(Request(("X-Hub-Signature", signature)), Utf8(body)).Status;

    // Bitbucket's own pages publish no vector. This one is Atlassian's (Jira's "secure admin webhooks" page), for the
    // same algorithm; hookdeck/webhook-skills' bitbucket skill quotes it as Bitbucket's.
    [Fact]
    public void Atlassian_published_vector() => Assert.Equal(
        WebhookVerificationStatus.Valid,
        Verify("It's a Secret to Everybody", "Hello World!", "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9"));

    [Fact]
    public void The_vector_under_another_secret_or_body_fails()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("It's a secret to everybody", "Hello World!", "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9"));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("It's a Secret to Everybody", "Hello World?", "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9"));
    }

    // GitHub's newer header is not Bitbucket's: a webhook without a secret sends neither and is refused.
    [Fact]
    public void Only_x_hub_signature_is_read() => Assert.Equal(
        WebhookVerificationStatus.MissingHeaders,
        Verifier("bitbucket", TimeProvider.System, "It's a Secret to Everybody")
            .Verify(Request(("X-Hub-Signature-256", "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")), Utf8("Hello World!")).Status);
}
