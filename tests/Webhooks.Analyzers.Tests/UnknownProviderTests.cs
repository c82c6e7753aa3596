using Webhooks.Analyzers.Tests.Infrastructure;
using Webhooks.Providers;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerClassAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0007: a provider name that is neither built in nor declared.</summary>
public class UnknownProviderTests
{
    private static readonly string BuiltIn = BuiltInProviders.All[0].Name;

    [Fact]
    public Task Flags_a_misspelt_built_in_provider_and_suggests_it() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider({|#0:"{{BuiltIn}}x"|})]
        public partial class Hooks
        {
        }
        """,
        [Verifier.Diagnostic("WHK0007").WithLocation(0).WithArguments(BuiltIn + "x", $"Did you mean '{BuiltIn}'?")]);

    [Fact]
    public Task Lists_the_known_providers_when_none_is_close() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider({|#0:"a-provider-nobody-has-heard-of"|})]
        public partial class Hooks
        {
        }
        """,
        [Verifier.Diagnostic("WHK0007").WithLocation(0).WithArguments(
            "a-provider-nobody-has-heard-of",
            "Known providers: " + string.Join(", ", BuiltInProviders.All.Select(p => p.Name).Order(StringComparer.Ordinal)) + ".")]);

    [Fact]
    public Task Knows_providers_declared_in_the_assembly() => Verifier.AnalyzerAsync($$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks { }

        [WebhookProvider("{{BuiltIn}}")]
        public partial class BuiltInWebhooks { }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Flags_an_unknown_forwarding_provider_on_its_argument() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme", Via = {|#0:"acmee"|})]
        public partial class AcmeWebhooks { }
        """,
        [Verifier.Diagnostic("WHK0007").WithLocation(0).WithArguments("acmee", "Did you mean 'acme'?")],
        TestSources.AcmeProvider);
}
