using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator;

namespace Webhooks.Benchmarks;

/// <summary>
/// Runs the generator with a driver over 1, 100 and 1,000 handler classes of 10 events each: cold (a new driver,
/// nothing cached; the generator's code already JIT-compiled by a warm-up run) and again after an unrelated edit
/// (another file's method body). Reports the median wall time and the bytes allocated, and checks that after the
/// edit every tracked step of the generator is Cached or Unchanged. A Stopwatch console mode, not a test.
/// </summary>
public static class GeneratorTimings
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly string[] Events =
    [
        "payment_intent.succeeded", "payment_intent.payment_failed", "invoice.paid", "invoice.payment_failed",
        "customer.created", "customer.updated", "customer.deleted", "charge.refunded",
        "checkout.session.completed", "customer.subscription.deleted",
    ];

    private const string Other = "namespace App; public static class Other { public static int Answer() => 42; }";

    public static int Run(int repeats)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && !p.Contains("BenchmarkDotNet", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

        // JIT the generator and Roslyn's incremental pipeline once, so that "cold" means "nothing cached", not "not yet compiled".
        _ = RunCold(Compilation(10, references), trackSteps: false);

        Console.WriteLine($"Generator driver, {repeats} runs each, median (machine: {Environment.ProcessorCount} cores, load {Load()})");
        Console.WriteLine("| classes x events | cold: time | cold: allocated | after unrelated edit: time | after edit: allocated | own steps and outputs cached after edit |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var failed = false;
        foreach (var classes in new[] { 1, 100, 1000 })
        {
            var compilation = Compilation(classes, references);
            var edited = compilation.ReplaceSyntaxTree(
                compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs"),
                CSharpSyntaxTree.ParseText(Other.Replace("42", "43"), ParseOptions, "Other.cs"));

            var cold = new List<(double Ms, long Bytes)>();
            var rerun = new List<(double Ms, long Bytes)>();
            for (var i = 0; i < repeats; i++)
            {
                var (driver, coldRun) = RunCold(compilation, trackSteps: false);
                cold.Add(coldRun);
                rerun.Add(Measure(() => driver.RunGenerators(edited)).Run);
            }

            // Tracking has a cost of its own, so the cache check is a separate, untimed run.
            var (tracked, _) = RunCold(compilation, trackSteps: true);
            // The generator's own steps and its outputs; Roslyn's internal inputs ("Compilation", "*_ForAttributeWithMetadataName")
            // are Modified by any edit, by design, and the semantic transform re-runs for every class when the compilation changes.
            var result = tracked.RunGenerators(edited).GetRunResult().Results.Single();
            var steps = result.TrackedSteps.Where(s => s.Key is "HandlerClasses" or "Registrations" or "CustomProviders")
                .Concat(result.TrackedOutputSteps).ToList();
            var reasons = steps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            var rerunSteps = steps.Where(s => s.Value.SelectMany(step => step.Outputs).Any(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
                .Select(s => s.Key).ToList();
            var allCached = reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            failed |= !allCached;

            Console.WriteLine($"| {classes} x 10 | {Median(cold, c => c.Ms):F1} ms | {Median(cold, c => c.Bytes) / 1024.0 / 1024:F2} MB "
                + $"| {Median(rerun, c => c.Ms):F2} ms | {Median(rerun, c => c.Bytes) / 1024.0:F0} KB "
                + $"| {(allCached ? "yes" : "NO")} ({reasons.Count} outputs: {string.Join(", ", reasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}"))}{(rerunSteps.Count > 0 ? "; re-ran: " + string.Join(", ", rerunSteps) : "")}) |");
        }

        return failed ? 1 : 0;
    }

    private static (GeneratorDriver Driver, (double Ms, long Bytes) Run) RunCold(CSharpCompilation compilation, bool trackSteps)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new WebhooksGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        return Measure(() => driver.RunGenerators(compilation));
    }

    private static (GeneratorDriver Driver, (double Ms, long Bytes) Run) Measure(Func<GeneratorDriver> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var driver = run();
        watch.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        return (driver, (watch.Elapsed.TotalMilliseconds, bytes));
    }

    private static CSharpCompilation Compilation(int classes, MetadataReference[] references)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Other, ParseOptions, "Other.cs") };
        for (var c = 0; c < classes; c++)
        {
            var source = new StringBuilder()
                .AppendLine("using System.Threading;\nusing System.Threading.Tasks;\nusing Webhooks;\nnamespace App;")
                .AppendLine($"[WebhookProvider(\"stripe\", Path = \"/webhooks/stripe/{c}\")]")
                .AppendLine($"public partial class Handlers{c}\n{{");
            for (var e = 0; e < Events.Length; e++)
            {
                source.AppendLine($"    [OnEvent(\"{Events[e]}\")]\n    public Task On{e}(StripeEvent evt, CancellationToken ct) => Task.CompletedTask;");
            }

            trees.Add(CSharpSyntaxTree.ParseText(source.Append('}').ToString(), ParseOptions, $"Handlers{c}.cs"));
        }

        return CSharpCompilation.Create("GeneratorTimings", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static double Median<T>(List<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
