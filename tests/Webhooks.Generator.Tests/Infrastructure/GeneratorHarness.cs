using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>Compiles test sources, runs the generator over them and checks that everything compiles.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The usings every test source starts with, like an application's implicit usings.</summary>
    public const string Usings = """
        using System;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Webhooks;

        """;

    /// <summary>A library compilation of <paramref name="sources"/>, each parsed with <see cref="Parse"/>.</summary>
    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((source, i) => Parse(source, $"Source{i}.cs")));

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => Compile("TestApp", trees);

    /// <summary>A library compilation named <paramref name="assemblyName"/>, with more references (another compilation's output, say).</summary>
    public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            [.. TestReferences.All, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Parses one file, prefixed with <see cref="Usings"/> (file-local, not global, so that the generated files
    /// still have to qualify every name themselves).
    /// </summary>
    public static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(Usings + source, ParseOptions, path);

    /// <summary>A driver that records every step's run reason, for the incremental tests and the second pass.</summary>
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new WebhooksGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over <paramref name="sources"/>; fails unless input and output compile cleanly.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(CreateDriver(), Compile(sources));

    /// <summary>Runs <paramref name="driver"/> over <paramref name="input"/>; fails unless input and output compile cleanly.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation input)
    {
        AssertNoErrors("the test's input", input.GetDiagnostics());

        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        // A generator that throws only shows up as a warning in the output, so check for it explicitly.
        Assert.Null(result.Exception);
        Assert.Empty(generatorDiagnostics);
        var diagnostics = output.GetDiagnostics();
        AssertNoErrors("the generated code", diagnostics);

        // Generated code must not add warnings either: applications build with warnings as errors.
        var generatedTrees = result.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
        AssertNoErrors(
            "the generated code (warnings)",
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && generatedTrees.Contains(d.Location.SourceTree!)),
            DiagnosticSeverity.Warning);

        SecondPass.AssertCached(driver, input);
        return new GeneratorRun(driver, result, output);
    }

    private static void AssertNoErrors(string what, IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity atLeast = DiagnosticSeverity.Error)
    {
        var problems = diagnostics.Where(d => d.Severity >= atLeast).ToList();
        Assert.True(problems.Count == 0, $"Expected {what} to compile cleanly, got:\n{string.Join("\n", problems)}");
    }
}

/// <summary>The result of one generator run, and the driver to run again incrementally.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.GeneratedSources;

    public GeneratedSourceResult Source(string hintName) =>
        Result.GeneratedSources.Where(s => s.HintName == hintName).ToList() is [var source]
            ? source
            : throw new Xunit.Sdk.XunitException($"Expected one source '{hintName}'; got: {string.Join(", ", HintNames)}.");

    /// <summary>The text of one generated source.</summary>
    public string Text(string hintName) => Source(hintName).SourceText.ToString();

    /// <summary>The per-class sources, without the aggregate registration file.</summary>
    public IEnumerable<GeneratedSourceResult> HandlerSources =>
        Result.GeneratedSources.Where(s => s.HintName != RegistrationHintName);

    public const string RegistrationHintName = "Webhooks.Registration.g.cs";

    public IEnumerable<string> HintNames => Result.GeneratedSources.Select(s => s.HintName);
}
