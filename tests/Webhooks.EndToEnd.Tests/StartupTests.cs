using System.Net;
using Microsoft.Extensions.Options;
using Webhooks.Testing;

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
        // A secret that only the environment variable's key holds, so that a delivery it signs can't pass another way.
        var secret = "whsec_" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("from OPENAI_WEBHOOK_SECRET"));
        var server = new WebhookServer();
        try
        {
            await server.StartAsync(SecretsExcept("openai", ("OPENAI_WEBHOOK_SECRET", secret)));

            using var signed = await Send(server, secret, "batch_env");
            using var signedWithAnother = await Send(server, WebhookServer.Secret, "batch_other");

            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            Assert.Equal(1, server.Log.Count("batch.completed:batch_env"));
            Assert.Equal(HttpStatusCode.Unauthorized, signedWithAnother.StatusCode);
            Assert.Equal(0, server.Log.Count("batch.completed:batch_other"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static Task<HttpResponseMessage> Send(WebhookServer server, string secret, string dataId) =>
        server.Client.SendAsync(new WebhookSigner("openai", secret, server.Clock).CreateRequest(
            "/webhooks/openai",
            $$$"""{"id":"evt_{{{dataId}}}","object":"event","created_at":1719168000,"type":"batch.completed","data":{"id":"{{{dataId}}}"}}"""));

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
