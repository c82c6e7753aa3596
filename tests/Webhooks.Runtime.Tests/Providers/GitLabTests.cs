using Microsoft.Extensions.Primitives;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// GitLab: the hook's secret token, as it is, in <c>X-Gitlab-Token</c>. GitLab publishes no vectors (nothing is
/// computed); the request below is the curl example of hookdeck/webhook-skills' gitlab-webhooks skill.
/// </summary>
public sealed class GitLabTests : ProviderContractTests
{
    private const string Token = "your_secret_token";

    protected override string Provider => "gitlab";

    protected override string Secret => Token;

    protected override string OtherSecret => "glpat-rotated-token-2";

    protected override string[] SignatureHeaders => ["X-Gitlab-Token"];

    protected override string Body => """{"object_kind": "push"}""";

    protected override bool SignsBody => false;

    private static WebhookVerificationStatus Verify(string? sent, params string[] configured) =>
        Verifier("gitlab", TimeProvider.System, configured).Verify(Request(("X-Gitlab-Token", sent), ("X-Gitlab-Event", "Push Hook")), Utf8("""{"object_kind": "push"}""")).Status;

    [Fact]
    public void Skill_curl_example_is_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify(Token, Token));

    [Theory]
    [InlineData("your_secret_tokeN")] // one character off
    [InlineData("your_secret_toke")] // a prefix of the token
    [InlineData("your_secret_token2")] // the token and more
    [InlineData(" your_secret_token")] // the header is taken as it is
    [InlineData("YOUR_SECRET_TOKEN")] // tokens are case-sensitive
    public void Any_other_token_is_invalid(string sent) => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(sent, Token));

    [Fact]
    public void Missing_or_empty_header_is_missing()
    {
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(null, Token));
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify("", Token));
    }

    // GitLab sends its token once; two values could be one right and one guessed, so neither is picked.
    [Fact]
    public void Two_header_values_are_invalid()
    {
        var request = Request();
        request.Headers["X-Gitlab-Token"] = new StringValues([Token, Token]);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verifier("gitlab", TimeProvider.System, Token).Verify(request, []).Status);
    }

    [Fact]
    public void Non_ascii_token_is_compared_as_utf8() => Assert.Equal(WebhookVerificationStatus.Valid, Verify("tökén-✓", "tökén-✓"));

    [Fact]
    public void Long_token_is_compared_whole()
    {
        var token = new string('t', 4096);
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(token, token));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(token[..^1] + "u", token));
    }
}
