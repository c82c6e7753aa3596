using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Webhooks.Generator.Analyzers;

namespace Webhooks.Analyzers.Tests.Infrastructure;

/// <summary>An analyzer test that runs every Webhooks analyzer together, as a build does.</summary>
internal sealed class AllAnalyzersTest : CSharpAnalyzerTest<HandlerClassAnalyzer, DefaultVerifier>
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
    [
        new HandlerClassAnalyzer(),
        new EventCoverageAnalyzer(),
        new HandlerMethodAnalyzer(),
        new RouteConflictAnalyzer(),
        new ProviderDefinitionAnalyzer(),
    ];

    public AllAnalyzersTest()
    {
        ReferenceAssemblies = TestReferences.None;
        Verify<HandlerClassAnalyzer>.Configure(TestState, []);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

    /// <summary>Every Webhooks diagnostic of a compilation, Info included, straight from the compiler's analyzer driver.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources.Append(("GlobalUsings.cs", TestSources.GlobalUsings))
            .Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s.Item2, path: s.Item1));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Sample",
            trees,
            TestReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The sources don't compile: " + string.Join(Environment.NewLine, errors));
        return await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
    }
}
