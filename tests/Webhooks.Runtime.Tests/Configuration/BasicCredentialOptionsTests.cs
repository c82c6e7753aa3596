using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Infrastructure;
using Webhooks.Providers;
using static Webhooks.Runtime.Tests.Configuration.ConfigurationFixture;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>
/// HTTP Basic credentials (Chargebee): bound from Username/Password (or Secret), the environment variables and
/// Credentials:N; start-up fails naming the missing key, and never quotes a value.
/// </summary>
public sealed class BasicCredentialOptionsTests
{
    private static readonly WebhookProviderOptionsValidator Validator = new(
    [
        new WebhookHandlerRegistration(BuiltInProviders.Chargebee, typeof(object), null, (_, _) => ValueTask.FromResult(WebhookDispatchResult.Handled)),
    ]);

    private static WebhookProviderOptions Read(params (string Key, string? Value)[] configuration)
    {
        var options = new WebhookProviderOptions();
        WebhookConfigurationReader.Apply(Build(configuration), BuiltInProviders.Chargebee, options);
        return options;
    }

    private static ValidateOptionsResult Validate(params (string Key, string? Value)[] configuration) => Validator.Validate("chargebee", Read(configuration));

    [Fact]
    public void Username_and_password_are_bound_and_trimmed()
    {
        var options = Read(("Webhooks:chargebee:Username", "shop"), ("Webhooks:chargebee:Password", "s3cret\n"));

        Assert.Equal(("shop", "s3cret"), (options.Username, options.Password));
        Assert.True(Validator.Validate("chargebee", options).Succeeded);
    }

    [Fact]
    public void Secret_is_the_password_too() => Assert.Equal("s3cret", Read(("Webhooks:chargebee:Secret", "s3cret")).Password);

    [Fact]
    public void Environment_variables_are_the_documented_ones()
    {
        var options = Read(("CHARGEBEE_WEBHOOK_USERNAME", "envuser"), ("CHARGEBEE_WEBHOOK_PASSWORD", "envpass"));

        Assert.Equal(("envuser", "envpass"), (options.Username, options.Password));
    }

    [Fact]
    public void Configuration_keys_win_over_environment_variables() =>
        Assert.Equal("from-config", Read(("Webhooks:chargebee:Username", "from-config"), ("CHARGEBEE_WEBHOOK_USERNAME", "from-env")).Username);

    [Fact]
    public void Credentials_list_is_bound_without_repeats()
    {
        var options = Read(
            ("Webhooks:chargebee:Credentials:0:Username", "old"), ("Webhooks:chargebee:Credentials:0:Password", "old-pass"),
            ("Webhooks:chargebee:Credentials:1:Username", "new"), ("Webhooks:chargebee:Credentials:1:Password", "new-pass"),
            ("Webhooks:chargebee:Credentials:2:Username", "new"), ("Webhooks:chargebee:Credentials:2:Password", "new-pass"));

        Assert.Equal([("old", "old-pass"), ("new", "new-pass")], options.Credentials.Select(c => (c.Username, c.Password)));
        Assert.True(Validator.Validate("chargebee", options).Succeeded);
    }

    [Fact]
    public void Nothing_configured_fails_naming_every_key_and_variable()
    {
        var result = Validate();

        Assert.True(result.Failed);
        foreach (var key in new[] { "Webhooks:chargebee:Username", "Webhooks:chargebee:Password", "Webhooks:chargebee:Credentials:0:Username", "CHARGEBEE_WEBHOOK_USERNAME", "CHARGEBEE_WEBHOOK_PASSWORD" })
        {
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    // A secret alone is a password without its username: HTTP Basic never falls back to "any username".
    [Fact]
    public void Password_without_username_fails_naming_the_username_key()
    {
        var result = Validate(("CHARGEBEE_WEBHOOK_PASSWORD", "envpass"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:chargebee:Password is set but Webhooks:chargebee:Username is not (or set CHARGEBEE_WEBHOOK_USERNAME)", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("envpass", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Username_without_password_fails_naming_the_password_key()
    {
        var result = Validate(("Webhooks:chargebee:Username", "shop"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:chargebee:Username is set but Webhooks:chargebee:Password is not (or set CHARGEBEE_WEBHOOK_PASSWORD)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_a_credential_pair_fails_naming_its_key()
    {
        var result = Validate(("Webhooks:chargebee:Credentials:0:Username", "a"), ("Webhooks:chargebee:Credentials:0:Password", "a-pass"), ("Webhooks:chargebee:Credentials:1:Password", "b-pass"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:chargebee:Credentials:1:Username is not set.", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("pass", result.FailureMessage.Replace("Password", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Username_with_a_colon_fails()
    {
        var result = Validate(("Webhooks:chargebee:Username", "shop:1"), ("Webhooks:chargebee:Password", "p"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:chargebee:Username contains ':'", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("shop:1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_never_prints_its_values() =>
        Assert.DoesNotContain("hunter2", new WebhookBasicCredential("admin", "hunter2").ToString(), StringComparison.Ordinal);

    // Token providers keep the secret's keys; the message says what the secret is.
    [Fact]
    public void Missing_token_fails_naming_the_keys_and_variable()
    {
        var validator = new WebhookProviderOptionsValidator(
            [new WebhookHandlerRegistration(BuiltInProviders.GitLab, typeof(object), null, (_, _) => ValueTask.FromResult(WebhookDispatchResult.Handled))]);

        var result = validator.Validate("gitlab", new WebhookProviderOptions());

        Assert.True(result.Failed);
        Assert.Contains("No token is configured for webhook provider 'gitlab'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Webhooks:gitlab:Secret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("GITLAB_WEBHOOK_TOKEN", result.FailureMessage, StringComparison.Ordinal);
    }
}
