using Webhooks.Providers;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.ProviderDefinitionAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0012: [assembly: WebhookProviderDefinition] attributes the generator can't use.</summary>
public class ProviderDefinitionTests
{
    [Fact]
    public Task Flags_a_built_in_name_a_second_declaration_and_an_empty_name()
    {
        var builtIn = BuiltInProviders.All[0].Name;
        return Verifier.AnalyzerAsync(
            $$"""
            [assembly: WebhookProviderDefinition({|#0:"{{builtIn}}"|}, SignatureHeader = "X-Signature")]
            [assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature")]
            [assembly: WebhookProviderDefinition({|#1:"acme"|}, SignatureHeader = "X-Acme-Signature-2")]
            [assembly: WebhookProviderDefinition({|#2:""|})]
            """,
            [
                Verifier.Diagnostic("WHK0012").WithLocation(0).WithArguments(
                    $"'{builtIn}' is a built-in webhook provider and can't be declared again. Use it by name in [WebhookProvider(\"{builtIn}\")], or declare your own provider under another name."),
                Verifier.Diagnostic("WHK0012").WithLocation(1).WithArguments(
                    "The webhook provider 'acme' is declared more than once, and only the first declaration is used. Remove the others."),
                Verifier.Diagnostic("WHK0012").WithLocation(2).WithArguments("A webhook provider definition needs a non-empty name. Give it the name that handler classes pass to [WebhookProvider(\"...\")]."),
            ]);
    }

    [Fact]
    public Task Is_quiet_for_distinct_new_names() => Verifier.AnalyzerAsync("""
        [assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature")]
        [assembly: WebhookProviderDefinition("globex", SignatureHeader = "X-Globex-Signature")]
        """);
}
