using Microsoft.Extensions.Options;

namespace Webhooks.EndToEnd.Tests;

/// <summary>Configuration is checked when the app starts, not at the first delivery.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_missing_secret_stops_start_up_with_a_message_that_names_the_keys()
    {
        var server = new WebhookServer();

        var error = Assert.Throws<OptionsValidationException>(() => server.Build(SecretsExcept("openai")));

        Assert.Contains("Webhooks:openai:Secret", error.Message);
        Assert.Contains("OPENAI_WEBHOOK_SECRET", error.Message);
    }

    [Fact]
    public async Task A_secret_that_is_not_base64_after_whsec_stops_start_up_without_quoting_it()
    {
        var server = new WebhookServer();

        var error = Assert.Throws<OptionsValidationException>(() =>
            server.Build(SecretsExcept("openai", ("Webhooks:openai:Secret", "whsec_not*base64"))));

        Assert.Contains("not valid base64", error.Message);
        Assert.DoesNotContain("not*base64", error.Message);
    }

    [Fact]
    public async Task The_provider_environment_variable_name_is_a_configuration_key()
    {
        var server = new WebhookServer();

        await using var app = server.Build(SecretsExcept("openai", ("OPENAI_WEBHOOK_SECRET", WebhookServer.Secret)));

        Assert.NotNull(app);
    }

    // Every provider of the test app configured but one, plus the given settings.
    private static Dictionary<string, string?> SecretsExcept(string provider, params (string Key, string Value)[] settings)
    {
        var result = WebhookServer.SecretSettings(WebhookServer.Secrets.Keys.Where(p => p != provider));
        foreach (var (key, value) in settings)
        {
            result[key] = value;
        }

        return result;
    }
}
