using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Analyzers.Tests.Infrastructure;
using Webhooks.Generator;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Analyzers.Tests;

/// <summary>
/// [OnAnyEvent] in the generator: the switch's default calls the catch-all and reports Handled; without one,
/// default stays NotHandled. (The generator's golden files live in Webhooks.Generator.Tests.)
/// </summary>
public class CatchAllGenerationTests
{
    [Fact]
    public void The_default_branch_calls_the_catch_all_with_its_payload_and_the_result_compiles()
    {
        var generated = Generate("""
            namespace App;

            [WebhookProvider("acme")]
            public partial class Handlers
            {
                [OnEvent("order.created")]
                public void OnCreated() { }

                [OnAnyEvent]
                public Task OnOther(JsonElement evt, WebhookContext context, CancellationToken ct) => Task.CompletedTask;
            }
            """);

        Assert.Contains(
            """
                            default:
                            {
                                var payload = global::Webhooks.Infrastructure.WebhookPayload.Deserialize(context, global::Webhooks.WebhookContractsJsonContext.Default.JsonElement);
                                var handler = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::App.Handlers>(services);
                                return global::Webhooks.Infrastructure.WebhookDispatchResults.After(handler.OnOther(payload, context, context.CancellationToken));
                            }
            """,
            generated);
        Assert.DoesNotContain("NotHandled", generated);
    }

    [Fact]
    public void A_void_catch_all_reports_handled()
    {
        var generated = Generate("""
            [WebhookProvider("acme")]
            public partial class Handlers
            {
                [OnAnyEvent]
                public void OnOther(WebhookContext context) { }
            }
            """);

        Assert.Contains("handler.OnOther(context);\n                return global::Webhooks.Infrastructure.WebhookDispatchResults.Handled;", generated);
    }

    [Fact]
    public void Without_a_catch_all_the_default_branch_is_not_handled()
    {
        var generated = Generate("""
            [WebhookProvider("acme")]
            public partial class Handlers
            {
                [OnEvent("order.created")]
                public void OnCreated() { }
            }
            """);

        Assert.Contains(
            "default:\n            {\n                global::Webhooks.Infrastructure.WebhookPayload.EnsureWellFormed(context);\n"
            + "                return global::Webhooks.Infrastructure.WebhookDispatchResults.NotHandled;",
            generated);
    }

    private static string Generate(string source)
    {
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(TestSources.GlobalUsings), CSharpSyntaxTree.ParseText(TestSources.AcmeProvider)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
                [new WebhooksGenerator().AsSourceGenerator()],
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        SecondPass.AssertCached(driver, compilation);

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Handlers.Webhooks.g.cs", StringComparison.Ordinal)).ToString();
    }
}
