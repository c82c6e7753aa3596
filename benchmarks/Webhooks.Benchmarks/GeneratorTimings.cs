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
/// edit every tracked step of the generator is Cached or Unchanged. Beside it, in the same process, runs
/// <see cref="FloorGenerator"/>: the same <c>ForAttributeWithMetadataName</c> over the same classes with a transform that
/// only reads the class's name, i.e. what Roslyn's incremental pipeline costs before a generator does any work. A
/// Stopwatch console mode, not a test.
/// </summary>
/// <remarks>
/// Every run gets compilations whose symbols are not bound yet, as a build and every edit make them: a compilation
/// binds lazily and keeps what it bound, so a run on one that another run used skips the binding. With
/// <c>bound</c>, the runs share one compilation and one edited compilation instead, as this benchmark did up to
/// 2026-12-02: every run after the first then times the generator's own work on symbols bound already.
/// </remarks>
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

    public static int Run(int repeats, bool bound = false)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && !p.Contains("BenchmarkDotNet", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

        // JIT both generators and Roslyn's incremental pipeline once, so that "cold" means "nothing cached", not "not yet compiled".
        var warmUp = Compilation(10, references);
        _ = RunCold(new WebhooksGenerator(), warmUp, trackSteps: false);
        _ = RunCold(new FloorGenerator(), warmUp, trackSteps: false);
        _ = RunCold(new BindingFloorGenerator(), warmUp, trackSteps: false);

        Console.WriteLine($"Generator driver, {repeats} runs each, median, {(bound ? "symbols bound already (one compilation shared by the runs)" : "a new compilation for every run")} (machine: {Environment.ProcessorCount} cores, load {Load()})");
        Console.WriteLine("| classes x events | cold: ours | cold: floor | cold: ratio | cold: ours allocated | after unrelated edit: ours | after edit: floor | after edit: ratio | after edit: binding floor | after edit: ratio to it | after edit: ours allocated | own steps and outputs cached after edit |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        var failed = false;
        foreach (var classes in new[] { 1, 100, 1000 })
        {
            var compilation = Compilation(classes, references);
            // A new compilation for every run unless bound (see the remarks).
            var sharedEdit = Edit(compilation, "43");
            Compilation Edited() => bound ? sharedEdit : Edit(compilation, "43");

            // Ours and the floor alternate, so that a change in the machine's load hits both alike.
            var ours = (Cold: new List<(double Ms, long Bytes)>(), Rerun: new List<(double Ms, long Bytes)>());
            var floor = (Cold: new List<(double Ms, long Bytes)>(), Rerun: new List<(double Ms, long Bytes)>());
            var binding = (Cold: new List<(double Ms, long Bytes)>(), Rerun: new List<(double Ms, long Bytes)>());
            for (var i = 0; i < repeats; i++)
            {
                foreach (var (generator, results) in new[] { ((IIncrementalGenerator)new WebhooksGenerator(), ours), (new FloorGenerator(), floor), (new BindingFloorGenerator(), binding) })
                {
                    var (driver, coldRun) = RunCold(generator, bound ? compilation : compilation.Clone(), trackSteps: false);
                    results.Cold.Add(coldRun);
                    var edited = Edited();
                    results.Rerun.Add(Measure(() => driver.RunGenerators(edited)).Run);
                }
            }

            // Tracking has a cost of its own, so the cache check is a separate, untimed run.
            var (tracked, _) = RunCold(new WebhooksGenerator(), compilation, trackSteps: true);
            // The generator's own steps and its outputs; Roslyn's internal inputs ("Compilation", "*_ForAttributeWithMetadataName")
            // are Modified by any edit, by design, and the semantic transform re-runs for every class when the compilation changes.
            var result = tracked.RunGenerators(Edited()).GetRunResult().Results.Single();
            var steps = result.TrackedSteps.Where(s => s.Key is "HandlerClasses" or "Registrations" or "CustomProviders")
                .Concat(result.TrackedOutputSteps).ToList();
            var reasons = steps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            var rerunSteps = steps.Where(s => s.Value.SelectMany(step => step.Outputs).Any(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
                .Select(s => s.Key).ToList();
            var allCached = reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            failed |= !allCached;

            double Ms(List<(double Ms, long Bytes)> runs) => Median(runs, r => r.Ms);
            Console.WriteLine($"| {classes} x 10 | {Ms(ours.Cold):F1} ms | {Ms(floor.Cold):F1} ms | {Ms(ours.Cold) / Ms(floor.Cold):F1} "
                + $"| {Median(ours.Cold, c => c.Bytes) / 1024.0 / 1024:F2} MB "
                + $"| {Ms(ours.Rerun):F2} ms | {Ms(floor.Rerun):F2} ms | {Ms(ours.Rerun) / Ms(floor.Rerun):F1} "
                + $"| {Ms(binding.Rerun):F2} ms | {Ms(ours.Rerun) / Ms(binding.Rerun):F1} "
                + $"| {Median(ours.Rerun, c => c.Bytes) / 1024.0:F0} KB "
                + $"| {(allCached ? "yes" : "NO")} ({reasons.Count} outputs: {string.Join(", ", reasons.GroupBy(r => r).Select(g => $"{g.Count()} {g.Key}"))}{(rerunSteps.Count > 0 ? "; re-ran: " + string.Join(", ", rerunSteps) : "")}) |");
        }

        return failed ? 1 : 0;
    }

    /// <summary>
    /// Reruns the generator after an unrelated edit, back and forth, for <paramref name="seconds"/>, printing reruns per
    /// second: a steady loop for a sampling profiler (perf with DOTNET_PerfMapEnabled=1) to attach to.
    /// </summary>
    public static int Profile(int classes, int seconds)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && !p.Contains("BenchmarkDotNet", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        var compilation = Compilation(classes, references);
        var (driver, _) = RunCold(new WebhooksGenerator(), compilation, trackSteps: false);
        var end = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        var reruns = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            var start = Stopwatch.GetTimestamp();
            var count = 0;
            while (Stopwatch.GetElapsedTime(start).TotalSeconds < 1)
            {
                driver = driver.RunGenerators(Edit(compilation, reruns++ % 2 == 0 ? "43" : "44")); // a new compilation each time, as above
                count++;
            }

            Console.WriteLine($"{count} reruns/s ({Stopwatch.GetElapsedTime(start).TotalMilliseconds / count:F1} ms each)");
        }

        return 0;
    }

    // The unrelated edit: another file's method body changed, in a new compilation.
    private static Compilation Edit(Compilation compilation, string answer) => compilation.ReplaceSyntaxTree(
        compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs"),
        CSharpSyntaxTree.ParseText(Other.Replace("42", answer), ParseOptions, "Other.cs"));

    private static (GeneratorDriver Driver, (double Ms, long Bytes) Run) RunCold(IIncrementalGenerator generator, CSharpCompilation compilation, bool trackSteps)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
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

/// <summary>
/// The baseline: Roslyn finds the same <c>[WebhookProvider]</c> classes and binds each one (as for any generator using
/// <c>ForAttributeWithMetadataName</c>), the transform reads only the class's name, and one file per class is added.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName("Webhooks.WebhookProviderAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
            static (syntax, _) => syntax.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (output, name) => output.AddSource(name + ".g.cs", "// " + name));
    }
}

/// <summary>
/// A fairer baseline for the rerun: the floor, plus what any generator that reads handler methods makes Roslyn do again on
/// every new compilation (it rebinds lazily): each method's attributes with their constructor arguments, and its
/// parameters' types. It keeps one string per class (its methods' event names and parameter type names), compared by value.
/// </summary>
public sealed class BindingFloorGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var classes = context.SyntaxProvider.ForAttributeWithMetadataName("Webhooks.WebhookProviderAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
            static (syntax, _) =>
            {
                var summary = new StringBuilder(syntax.TargetSymbol.Name);
                foreach (var member in ((INamedTypeSymbol)syntax.TargetSymbol).GetMembers())
                {
                    if (member is not IMethodSymbol method)
                    {
                        continue;
                    }

                    foreach (var attribute in method.GetAttributes())
                    {
                        summary.Append(' ').Append(attribute.ConstructorArguments.FirstOrDefault().Value);
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        summary.Append(' ').Append(parameter.Type.Name);
                    }
                }

                return (Name: syntax.TargetSymbol.Name, Summary: summary.ToString());
            });
        context.RegisterSourceOutput(classes, static (output, c) => output.AddSource(c.Name + ".g.cs", "// " + c.Summary.Length));
    }
}
