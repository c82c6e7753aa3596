using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>
/// System.Text.Json's own source generator, loaded from the SDK's targeting pack, so that a test can run it beside
/// the Webhooks generator as a real build does (for the <c>[WebhookJsonContext]</c> path, whose context it writes).
/// </summary>
internal static class SystemTextJsonGenerator
{
    private static readonly Lazy<ISourceGenerator> Generator = new(Load);

    /// <summary>Runs both generators over <paramref name="sources"/>; fails unless the output compiles cleanly.</summary>
    public static (GeneratorRunResult Webhooks, Compilation Output) RunWithWebhooks(params string[] sources) =>
        RunWithWebhooks(GeneratorHarness.Compile(sources));

    /// <summary>Runs both generators over <paramref name="input"/>; fails unless the output compiles cleanly.</summary>
    public static (GeneratorRunResult Webhooks, Compilation Output) RunWithWebhooks(CSharpCompilation input)
    {
        // The input alone doesn't compile: System.Text.Json's generator completes its contexts.
        var driver = CSharpGeneratorDriver.Create(
            [new WebhooksGenerator().AsSourceGenerator(), Generator.Value],
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var ran = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Expected the output to compile:\n" + string.Join("\n", errors));

        var results = ran.GetRunResult().Results;
        Assert.All(results, r => Assert.Null(r.Exception));
        SecondPass.AssertCached(ran, input);
        return (results.Single(r => r.Generator.GetGeneratorType() == typeof(WebhooksGenerator)), output);
    }

    private static ISourceGenerator Load()
    {
        // .../shared/Microsoft.NETCore.App/{version}/ → .../packs/Microsoft.NETCore.App.Ref/{version}/analyzers/dotnet/cs/
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var path = Directory.GetDirectories(packs)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .First(File.Exists);

        var reference = new AnalyzerFileReference(path, new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).Single(g => g.GetGeneratorType().Name == "JsonSourceGenerator");
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
