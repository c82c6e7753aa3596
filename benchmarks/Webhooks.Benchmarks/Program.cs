using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Webhooks.Benchmarks;

// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- --quick          (about two minutes)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- --full           (BenchmarkDotNet's default accuracy)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- generator        (generator driver timings)
// Anything after the mode goes to BenchmarkDotNet, e.g. --filter '*Stripe*'.
if (args is ["generator", ..])
{
    return GeneratorTimings.Run(args.Length > 1 && int.TryParse(args[1], out var repeats) ? repeats : 5);
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a is not "--quick" and not "--full").ToArray();

// In-process: no per-benchmark project build (minutes on a loaded 2-core machine); the same toolchain for every method.
var job = quick
    ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(7)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Quick")
    : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full");

var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

var summaries = BenchmarkSwitcher.FromTypes([typeof(OpenAIDelivery), typeof(StripeDelivery), typeof(GitHubDelivery), typeof(OpenAIPipelineParts)])
    .Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
