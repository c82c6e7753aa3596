using Microsoft.CodeAnalysis;
using Webhooks.Analyzers.Tests.Infrastructure;
using Webhooks.Generator.Analyzers;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.EventCoverageAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0001: known events of the provider that a class doesn't handle.</summary>
public class UnhandledEventsTests
{
    [Fact]
    public Task Lists_the_unhandled_events_on_the_class_name_as_info() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class {|#0:AcmeWebhooks|}
        {
            [OnEvent("order.created")]
            public void OnCreated(JsonElement evt) { }
        }
        """,
        [Verifier.Diagnostic("WHK0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Info)
            .WithArguments("AcmeWebhooks", 2, "acme", "order.shipped, order.cancelled")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_when_every_known_event_is_handled() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            [OnEvent("order.shipped")]
            public void OnOrder(JsonElement evt) { }

            [OnEvent("order.cancelled")]
            public void OnCancelled() { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_with_a_catch_all_handler() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void OnCreated(JsonElement evt) { }

            [OnAnyEvent]
            public void OnOther(WebhookContext context) { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_when_the_rest_is_ignored_on_purpose() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        [IgnoreEvents("order.shipped", "order.cancelled")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void OnCreated(JsonElement evt) { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Lists_only_the_events_neither_handled_nor_ignored() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        [IgnoreEvents("order.shipped")]
        public partial class {|#0:AcmeWebhooks|}
        {
            [OnEvent("order.created")]
            public void OnCreated(JsonElement evt) { }
        }
        """,
        [Verifier.Diagnostic("WHK0001").WithLocation(0).WithArguments("AcmeWebhooks", 1, "acme", "order.cancelled")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_a_provider_without_a_catalogue() => Verifier.AnalyzerAsync("""
        [assembly: WebhookProviderDefinition("plain", SignatureHeader = "X-Signature")]

        [WebhookProvider("plain")]
        public partial class PlainWebhooks
        {
            [OnEvent("anything")]
            public void OnAnything() { }
        }
        """);

    [Fact]
    public Task Checks_a_built_in_provider_against_its_catalogue()
    {
        var provider = Catalogue.ProviderWithEvents;
        var rest = provider.KnownEvents.Skip(1).ToList();
        return Verifier.AnalyzerAsync(
            $$"""
            [WebhookProvider("{{provider.Name}}")]
            public partial class {|#0:Hooks|}
            {
                [OnEvent("{{provider.KnownEvents[0]}}")]
                public void OnFirst() { }
            }
            """,
            [Verifier.Diagnostic("WHK0001").WithLocation(0)
                .WithArguments("Hooks", rest.Count, provider.Name, string.Join(", ", rest.Take(20)) + (rest.Count > 20 ? $" and {rest.Count - 20} more" : ""))]);
    }

    [Fact]
    public async Task Its_severity_is_configurable_in_editorconfig()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<EventCoverageAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = """
                [WebhookProvider("acme")]
                [IgnoreEvents("order.shipped", "order.cancelled")]
                public partial class {|#0:AcmeWebhooks|}
                {
                }
                """,
            ReferenceAssemblies = TestReferences.None,
        };
        Verifier.Configure(test.TestState, [TestSources.AcmeProvider]);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.WHK0001.severity = warning\n"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("WHK0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("AcmeWebhooks", 1, "acme", "order.created"));
        await test.RunAsync();
    }
}
