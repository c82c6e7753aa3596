using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Webhooks.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer (and a code fix) over test code with markup (<c>{|WHK0002:"x"|}</c>, or <c>{|#0:x|}</c>
/// with an expected diagnostic) and checks the diagnostics exactly: no more, no fewer.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task AnalyzerAsync(string source, params string[] extraSources) =>
        AnalyzerAsync(source, [], extraSources);

    public static async Task AnalyzerAsync(string source, DiagnosticResult[] expected, params string[] extraSources)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TestReferences.None };
        Configure(test.TestState, extraSources);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task CodeFixAsync<TCodeFix>(string source, string fixedSource, params string[] extraSources)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
        };
        Configure(test.TestState, extraSources);
        AddSources(test.FixedState, extraSources); // references are inherited from TestState
        await test.RunAsync();
    }

    public static void Configure(SolutionState state, IEnumerable<string> extraSources)
    {
        state.AdditionalReferences.AddRange(TestReferences.All);
        AddSources(state, extraSources);
    }

    private static void AddSources(SolutionState state, IEnumerable<string> extraSources)
    {
        state.Sources.Add(("GlobalUsings.cs", TestSources.GlobalUsings));
        var i = 0;
        foreach (var extra in extraSources)
        {
            state.Sources.Add(($"Extra{i++}.cs", extra));
        }
    }
}
