using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// Custom providers may use the schemes that send credentials as they are: HTTP Basic (with its username variable) and a
/// shared token in a header or the body. The declared data reaches the generated descriptor, and the output compiles.
/// </summary>
public sealed class CustomProviderSchemeTests
{
    private const string Handlers = """
        namespace App;

        [WebhookProvider("billing")]
        public partial class BillingHandlers { [OnEvent("invoice.paid")] public void OnPaid(string body) { } }

        [WebhookProvider("callbacks")]
        public partial class CallbackHandlers { [OnEvent("done")] public void OnDone(string body) { } }
        """;

    private const string Definitions = """
        [assembly: WebhookProviderDefinition("billing", Scheme = SignatureScheme.HttpBasic,
            UsernameEnvironmentVariable = "BILLING_WEBHOOK_USERNAME", SecretEnvironmentVariable = "BILLING_WEBHOOK_PASSWORD",
            KnownEvents = new[] { "invoice.paid" })]
        [assembly: WebhookProviderDefinition("callbacks", Scheme = SignatureScheme.SharedToken,
            TokenJsonPath = "meta.secret", KnownEvents = new[] { "done" })]
        """;

    [Fact]
    public void Basic_and_json_token_providers_are_emitted_with_their_credential_data()
    {
        var run = GeneratorHarness.Run(Handlers, Definitions);
        var registration = run.Text(GeneratorRun.RegistrationHintName);

        Assert.Contains("Scheme = global::Webhooks.SignatureScheme.HttpBasic,", registration, StringComparison.Ordinal);
        Assert.Contains("UsernameEnvironmentVariable = \"BILLING_WEBHOOK_USERNAME\",", registration, StringComparison.Ordinal);
        Assert.Contains("SecretEnvironmentVariable = \"BILLING_WEBHOOK_PASSWORD\",", registration, StringComparison.Ordinal);
        Assert.Contains("Scheme = global::Webhooks.SignatureScheme.SharedToken,", registration, StringComparison.Ordinal);
        Assert.Contains("TokenSource = global::Webhooks.Providers.ValueSource.Json(\"meta.secret\"),", registration, StringComparison.Ordinal);
        Assert.True(run.Output.Emit(Stream.Null).Success);
    }

    // Providers that name neither keep their output as it was (the golden snapshots prove the rest).
    [Fact]
    public void A_header_token_provider_needs_no_token_source()
    {
        var run = GeneratorHarness.Run(Handlers.Replace("callbacks", "deploys", StringComparison.Ordinal),
            """[assembly: WebhookProviderDefinition("billing")][assembly: WebhookProviderDefinition("deploys", Scheme = SignatureScheme.SharedToken, SignatureHeader = "X-Deploy-Token")]""");
        var registration = run.Text(GeneratorRun.RegistrationHintName);

        Assert.DoesNotContain("TokenSource", registration, StringComparison.Ordinal);
        Assert.DoesNotContain("UsernameEnvironmentVariable", registration, StringComparison.Ordinal);
        Assert.Contains("SignatureHeader = \"X-Deploy-Token\",", registration, StringComparison.Ordinal);
    }
}
