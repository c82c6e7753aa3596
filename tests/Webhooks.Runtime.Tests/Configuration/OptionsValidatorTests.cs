using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Infrastructure;
using Webhooks.Providers;
using static Webhooks.Runtime.Tests.Configuration.ConfigurationFixture;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>Start-up validation: a provider in use needs a usable secret, and the message says where to put it.</summary>
public sealed class OptionsValidatorTests
{
    private static readonly WebhookProviderOptionsValidator Validator = new(
    [
        new WebhookHandlerRegistration(BuiltInProviders.OpenAI, typeof(object), null, (_, _) => ValueTask.FromResult(WebhookDispatchResult.Handled)),
    ]);

    private static ValidateOptionsResult Validate(params (string Key, string? Value)[] configuration) =>
        Validator.Validate("openai", Apply(configuration));

    [Fact]
    public void Missing_secret_fails_naming_the_keys()
    {
        var result = Validate();

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:openai:Secret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("OPENAI_WEBHOOK_SECRET", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Webhooks:openai:Secret")]
    [InlineData("Webhooks:openai:Secrets:0")]
    [InlineData("OPENAI_WEBHOOK_SECRET")]
    public void A_secret_from_any_source_succeeds(string key) =>
        Assert.True(Validate((key, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).Succeeded);

    // OpenAI takes a secret without the prefix as raw UTF-8, so any non-blank string is usable.
    [Fact]
    public void Raw_openai_secret_succeeds() =>
        Assert.True(Validate(("Webhooks:openai:Secret", "plain-text-secret")).Succeeded);

    // An HMAC provider would ignore a JWKS: starting with one set would hide the mistake.
    [Fact]
    public void Jwks_url_for_an_hmac_provider_fails_naming_the_key()
    {
        var result = Validate(("Webhooks:openai:Secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), ("Webhooks:openai:JwksUrl", "https://auth.example.com/.well-known/jwks.json"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:openai:JwksUrl is set, but webhook provider 'openai' is not checked with JWTs", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whsec_th1s-is*not%base64")]
    [InlineData("whsec_")]
    public void Unusable_secret_fails_without_quoting_any_secret(string unusable)
    {
        const string usable = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        var result = Validate(("Webhooks:openai:Secrets:0", usable), ("Webhooks:openai:Secrets:1", unusable));

        Assert.True(result.Failed);
        Assert.Contains("#2", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("openai", result.FailureMessage, StringComparison.Ordinal);
        foreach (var secret in new[] { usable, unusable })
        {
            var body = secret["whsec_".Length..];
            Assert.DoesNotContain(secret, result.FailureMessage, StringComparison.Ordinal);
            if (body.Length > 0)
            {
                Assert.DoesNotContain(body, result.FailureMessage, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Non_positive_MaxBodyBytes_set_in_code_fails_naming_the_key()
    {
        var options = Apply(("Webhooks:openai:Secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        options.MaxBodyBytes = 0;

        var result = Validator.Validate("openai", options);

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:openai:MaxBodyBytes", result.FailureMessage, StringComparison.Ordinal);
    }

    // Options of a provider no handler class uses are not this validator's business.
    [Fact]
    public void Provider_without_a_handler_is_skipped()
    {
        var result = Validator.Validate("stripe", new WebhookProviderOptions());

        Assert.True(result.Skipped);
    }
}
