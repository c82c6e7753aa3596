using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Webhooks.Benchmarks;

// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- --quick          (the deliveries, about 70 s)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- --full           (BenchmarkDotNet's default accuracy)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- generator 7 [bound]   (generator driver timings; bound: symbols bound already)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- cputime GitHubDelivery 15   (thread CPU time of a class's methods, interleaved)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- cputime-floors openai 200   (floor, checked floor, ours by CPU time)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- profile openai Ours 20   (a plain loop to profile)
// dotnet run -c Release --project benchmarks/Webhooks.Benchmarks -- profile-generator 1000 20   (generator reruns in a loop)
// Anything after the mode goes to BenchmarkDotNet, e.g. --filter '*Stripe*'.
if (args is ["cputime", var className, ..])
{
    return CpuTimeComparison.Run(className, args.Length > 2 && int.TryParse(args[2], out var rounds) ? rounds : 15);
}

if (args is ["cputime-floors", var compared, var floorRounds])
{
    return CheckedFloorComparison.Run(compared, int.Parse(floorRounds, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["profile", var profiled, var method, var profileSeconds])
{
    return ProfileLoop.Run(profiled, method, int.Parse(profileSeconds, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["profile-generator", var profiledClasses, var generatorSeconds])
{
    return GeneratorTimings.Profile(int.Parse(profiledClasses, System.Globalization.CultureInfo.InvariantCulture), int.Parse(generatorSeconds, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["generator", ..])
{
    return GeneratorTimings.Run(args.Length > 1 && int.TryParse(args[1], out var repeats) ? repeats : 5, bound: args.Contains("bound"));
}

// The deliveries give the headline figures; the diagnostics say where the time goes. --quick runs the deliveries only
// (about 70 s); --full, or a --filter naming them, runs the diagnostics too.
Type[] deliveries = [typeof(OpenAIDelivery), typeof(StripeDelivery), typeof(GitHubDelivery)];
Type[] classes = [.. deliveries, typeof(PipelineParts), typeof(HmacVariants), typeof(OpenAICheckedFloor), typeof(StripeCheckedFloor), typeof(GitHubCheckedFloor)];
var quick = args.Contains("--quick");
var rest = args.Where(a => a is not "--quick" and not "--full").ToArray();

// The in-process toolchain runs every benchmark in this process, so one class inherits the heap and the JIT state the
// one before it left (the GitHub floor ran 60 % slower after Stripe.net than alone). Without a filter, each class runs
// in a process of its own, one after another.
if (rest.Length == 0)
{
    var exitCode = 0;
    foreach (var type in quick ? deliveries : classes)
    {
        using var child = System.Diagnostics.Process.Start("dotnet", [typeof(Program).Assembly.Location, .. args, "--filter", $"*.{type.Name}.*"]);
        child.WaitForExit();
        exitCode = Math.Max(exitCode, child.ExitCode);
    }

    return exitCode;
}

// In-process: no per-benchmark project build (minutes on a loaded 2-core machine); the same toolchain for every method.
var job = quick
    ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(7)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Quick")
    : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("Full");

var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

var summaries = BenchmarkSwitcher.FromTypes(classes).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
