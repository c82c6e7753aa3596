using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// A provider declared with <c>[assembly: WebhookProviderDefinition]</c> can use the public-key schemes: the descriptor
/// the generator writes carries their members, and leaves them out for other schemes (so older output is unchanged).
/// </summary>
public sealed class CustomProviderKeySchemeTests
{
    private const string Handlers = """
        namespace App;

        [WebhookProvider("acme")]
        public partial class AcmeHandlers
        {
            [OnEvent("thing.happened")]
            public void OnThing(WebhookContext context) { }
        }
        """;

    [Fact]
    public void A_declared_jwt_provider_carries_its_claim_algorithms_and_key_variable()
    {
        var run = GeneratorHarness.Run(Handlers, """
            [assembly: WebhookProviderDefinition("acme", Scheme = SignatureScheme.Jwt, SignatureHeader = "X-Acme-JWT",
                BodyHashClaim = "body_sha256", JwtAlgorithms = new[] { "ES256", "EdDSA" }, PublicKeyEnvironmentVariable = "ACME_PUBLIC_KEY",
                KnownEvents = new[] { "thing.happened" })]
            """);
        var text = run.Text(GeneratorRun.RegistrationHintName);

        Assert.Contains("Scheme = global::Webhooks.SignatureScheme.Jwt,", text, StringComparison.Ordinal);
        Assert.Contains("BodyHashClaim = \"body_sha256\",", text, StringComparison.Ordinal);
        Assert.Contains("PublicKeyEnvironmentVariable = \"ACME_PUBLIC_KEY\",", text, StringComparison.Ordinal);
        Assert.Contains("JwtAlgorithms = global::System.Array.AsReadOnly(new string[] { \"ES256\", \"EdDSA\" }),", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TimestampHeader", text, StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_declared_ecdsa_provider_carries_its_timestamp_header()
    {
        var run = GeneratorHarness.Run(Handlers, """
            [assembly: WebhookProviderDefinition("acme", Scheme = SignatureScheme.EcdsaTimestamped, SignatureHeader = "X-Acme-Signature",
                TimestampHeader = "X-Acme-Timestamp", PublicKeyEnvironmentVariable = "ACME_PUBLIC_KEY")]
            """);

        Assert.Contains("TimestampHeader = \"X-Acme-Timestamp\",", run.Text(GeneratorRun.RegistrationHintName), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_hmac_provider_gets_none_of_them() =>
        Assert.DoesNotContain("PublicKeyEnvironmentVariable", GeneratorHarness.Run(Handlers, """[assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature")]""")
            .Text(GeneratorRun.RegistrationHintName), StringComparison.Ordinal);
}
