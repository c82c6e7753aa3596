using Microsoft.Extensions.Primitives;
using Webhooks.Configuration;
using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// Chargebee: HTTP Basic credentials (Chargebee signs nothing). Chargebee publishes no header vectors; its official
/// SDK's tests (chargebee/chargebee-node test/webhook.test.ts @ 0517eb79e3e13cf37237623073fb77089e10b199) build
/// them at run time as <c>'Basic ' + Buffer.from('testuser:testpass').toString('base64')</c>; the base64 below is
/// that expression's value (derived), and every case of those tests is here.
/// </summary>
public sealed class ChargebeeTests : BasicCredentialProviderTests
{
    protected override string Provider => "chargebee";

    protected override string Secret => "testuser:testpass";

    protected override string OtherSecret => "envuser:envpass";

    protected override string Body => """{"id":"evt_test_1","occurred_at":1700000000,"event_type":"subscription_created","api_version":"v2","content":{}}""";

    private static WebhookVerificationStatus Verify(string? authorization, string username = "testuser", string password = "testpass") =>
        Verifier("chargebee", TimeProvider.System, options => (options.Username, options.Password) = (username, password))
            .Verify(Request(("Authorization", authorization)), []).Status;

    // SDK test: the validator accepts testuser/testpass.
    [Fact]
    public void Sdk_credentials_are_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic dGVzdHVzZXI6dGVzdHBhc3M="));

    // SDK test: 'Basic ' + base64('wrong:wrong') → "Invalid credentials".
    [Fact]
    public void Sdk_wrong_credentials_are_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("Basic d3Jvbmc6d3Jvbmc="));

    // SDK test: no authorization header → "Missing authorization header".
    [Fact]
    public void Sdk_missing_header_is_missing() => Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(null));

    // SDK test: 'Bearer token' → "Invalid authorization header format".
    [Fact]
    public void Sdk_bearer_header_is_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("Bearer token"));

    // SDK test: 'Basic invalid!!!' → "Invalid credentials format" (Node decodes it leniently; here it is not base64).
    [Fact]
    public void Sdk_garbled_credentials_are_invalid() => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("Basic invalid!!!"));

    // SDK test, env-configured handler: CHARGEBEE_WEBHOOK_USERNAME=envuser, CHARGEBEE_WEBHOOK_PASSWORD=envpass.
    [Fact]
    public void Sdk_environment_credentials_are_valid()
    {
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic ZW52dXNlcjplbnZwYXNz", "envuser", "envpass"));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("Basic d3Jvbmc6d3Jvbmc=", "envuser", "envpass"));
    }

    // hookdeck/webhook-skills chargebee-webhooks references/verification.md (not official; consistent with the SDK).
    [Fact]
    public void Skill_example_is_valid() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic d2ViaG9va191c2VyOnNlY3JldF9wYXNz", "webhook_user", "secret_pass"));

    // RFC 7617: split at the first ':'; the password may hold more.
    [Fact]
    public void Password_with_colons_is_split_at_the_first() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic dXNlcjpwYTpzczp3b3Jk", "user", "pa:ss:word"));

    [Fact]
    public void Utf8_credentials_are_valid() => Assert.Equal(WebhookVerificationStatus.Valid, Verify("Basic w7xzZXI6cMOkc3N3w7ZyZA==", "üser", "pässwörd"));

    // RFC 9110 §11.1: the scheme name is case-insensitive; spaces between it and the token are allowed.
    [Theory]
    [InlineData("basic dGVzdHVzZXI6dGVzdHBhc3M=")]
    [InlineData("BASIC dGVzdHVzZXI6dGVzdHBhc3M=")]
    [InlineData("Basic   dGVzdHVzZXI6dGVzdHBhc3M=")]
    [InlineData("Basic dGVzdHVzZXI6dGVzdHBhc3M")] // padding left off
    public void Lenient_but_unambiguous_forms_are_valid(string header) => Assert.Equal(WebhookVerificationStatus.Valid, Verify(header));

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic ")]
    [InlineData("BasicdGVzdHVzZXI6dGVzdHBhc3M=")]
    [InlineData("Basic dGVzdHVzZXI6 dGVzdHBhc3M=")] // two tokens
    [InlineData("Basic dGVzdHVzZXI6dGVzdHBhc3M=x")] // not base64
    [InlineData("Basic dGVzdHVzZXI=")] // "testuser": no ':'
    [InlineData("Basic dGVzdHVzZXI6dGVzdHBhc3M=dGVzdA==")] // base64 after padding
    [InlineData("Basic /w==")] // not UTF-8
    [InlineData("Digest dGVzdHVzZXI6dGVzdHBhc3M=")]
    public void Malformed_headers_are_invalid(string header) => Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(header));

    [Fact]
    public void Empty_header_is_missing() => Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify(" "));

    // Each half is checked: a right username with a wrong password, and the reverse, both fail.
    [Theory]
    [InlineData("testuser", "testpasS")]
    [InlineData("testuseR", "testpass")]
    [InlineData("testuser", "")]
    [InlineData("", "testpass")]
    [InlineData("testuser", "testpass ")]
    public void Either_half_wrong_is_invalid(string username, string password) =>
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(WebhookSignatures.HttpBasic(username, password)));

    // A pair is a pair: the username of one and the password of another don't make a third.
    [Fact]
    public void Halves_of_two_pairs_do_not_combine()
    {
        var verifier = Verifier("chargebee", TimeProvider.System, options =>
        {
            options.Credentials.Add(new WebhookBasicCredential("alice", "alice-password"));
            options.Credentials.Add(new WebhookBasicCredential("bob", "bob-password"));
        });

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(Request(("Authorization", WebhookSignatures.HttpBasic("bob", "bob-password"))), []).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, verifier.Verify(Request(("Authorization", WebhookSignatures.HttpBasic("alice", "bob-password"))), []).Status);
    }

    [Fact]
    public void Two_authorization_values_are_invalid()
    {
        var request = Request();
        request.Headers.Authorization = new StringValues(["Basic dGVzdHVzZXI6dGVzdHBhc3M=", "Basic dGVzdHVzZXI6dGVzdHBhc3M="]);

        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verifier("chargebee", TimeProvider.System, o => (o.Username, o.Password) = ("testuser", "testpass")).Verify(request, []).Status);
    }

    [Fact]
    public void Long_credentials_are_read_from_a_pooled_buffer()
    {
        var password = new string('p', 2000);
        Assert.Equal(WebhookVerificationStatus.Valid, Verify(WebhookSignatures.HttpBasic("testuser", password), password: password));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify(WebhookSignatures.HttpBasic("testuser", password + "x"), password: password));
    }

    [Fact]
    public void The_401_challenges_for_basic_credentials() =>
        Assert.Equal("Basic realm=\"webhooks\", charset=\"UTF-8\"", Verifier("chargebee", TimeProvider.System, o => (o.Username, o.Password) = ("u", "p")).Challenge);
}
