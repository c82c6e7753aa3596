using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Webhooks.Benchmarks;

/// <summary>
/// The delivery benchmarks measured by the CPU time of the thread that runs them instead of by the wall clock, the
/// methods interleaved round by round. On a machine shared with other builds (a load of 20–40 on 2 cores), wall-clock
/// iterations of one method ranged over 8×; the thread's CPU time leaves out the time it waited for a core, so the
/// ratios to the floor stay readable. What it still includes: cache and TLB misses caused by the neighbours, and the
/// garbage collections the thread runs itself (workstation GC collects on the allocating thread).
/// <c>dotnet Webhooks.Benchmarks.dll cputime GitHubDelivery [rounds]</c>.
/// </summary>
public static class CpuTimeComparison
{
    /// <summary>Whole cycles of the deliveries per method and round.</summary>
    public const int OperationsPerSlice = DeliveryBenchmarks.Count * 8;

    public static int Run(string className, int rounds)
    {
        var type = typeof(DeliveryBenchmarks).Assembly.GetType($"{typeof(DeliveryBenchmarks).Namespace}.{className}")
            ?? throw new ArgumentException($"No benchmark class {className}.", nameof(className));
        var benchmarks = (DeliveryBenchmarks)Activator.CreateInstance(type)!;
        var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .Select(m => (m.Name, Run: Operation(m, benchmarks))).ToArray();
        var (cpu, bytes) = Measure(benchmarks, methods, rounds);
        Console.WriteLine($"{className}: thread CPU time per operation, {rounds} rounds of {OperationsPerSlice} operations per method, interleaved");
        Console.WriteLine("| method | CPU µs/op: median (range) | ratio to Floor: median of rounds (range) | allocated B/op | alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, _) in methods)
        {
            var ratios = cpu[name].Select((t, round) => t / cpu["Floor"][round]).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"| {name} | {Median(cpu[name]) / 1000:F2} ({cpu[name].Min() / 1000:F2}–{cpu[name].Max() / 1000:F2}) | {Median(ratios):F2} ({ratios.Min():F2}–{ratios.Max():F2}) | {bytes[name]:F0} | {bytes[name] / bytes["Floor"]:F2} |"));
        }

        return 0;
    }

    /// <summary>
    /// Sets the benchmarks up, warms every method past tiered compilation, then runs <paramref name="rounds"/> rounds in
    /// which each method runs one slice, a different method first each round. Returns each method's CPU nanoseconds per
    /// operation, round by round, and the bytes it allocated per operation.
    /// </summary>
    public static (Dictionary<string, List<double>> CpuNs, Dictionary<string, double> Bytes) Measure(
        DeliveryBenchmarks benchmarks, (string Name, Action<int> Run)[] methods, int rounds)
    {
        benchmarks.Setup();
        try
        {
            foreach (var (_, run) in methods)
            {
                var warmUntil = Environment.TickCount64 + 500; // past tiered compilation's promotion to optimised code
                while (Environment.TickCount64 < warmUntil)
                {
                    run(OperationsPerSlice);
                }
            }

            var cpu = methods.ToDictionary(m => m.Name, _ => new List<double>());
            var bytes = methods.ToDictionary(m => m.Name, _ => 0.0);
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < methods.Length; i++)
                {
                    var (name, run) = methods[(i + round) % methods.Length];
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadCpuClock.Nanoseconds();
                    run(OperationsPerSlice);
                    cpu[name].Add((ThreadCpuClock.Nanoseconds() - start) / OperationsPerSlice);
                    bytes[name] = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / OperationsPerSlice;
                }
            }

            return (cpu, bytes);
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>A method called <paramref name="count"/> times, its results kept alive.</summary>
    public static Action<int> Loop(Func<object?> call) => count =>
    {
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(call());
        }
    };

    private static Action<int> Operation(MethodInfo method, DeliveryBenchmarks target)
    {
        if (method.ReturnType == typeof(int))
        {
            var call = method.CreateDelegate<Func<int>>(target);
            return Loop(() => call());
        }

        return Loop(method.CreateDelegate<Func<object?>>(target));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
