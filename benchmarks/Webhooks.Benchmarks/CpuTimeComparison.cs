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

    public static int Run(string className, int rounds)
    {
        var type = typeof(DeliveryBenchmarks).Assembly.GetType($"{typeof(DeliveryBenchmarks).Namespace}.{className}")
            ?? throw new ArgumentException($"No benchmark class {className}.", nameof(className));
        var benchmarks = (DeliveryBenchmarks)Activator.CreateInstance(type)!;
        benchmarks.Setup();
        try
        {
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).Select(m => (m.Name, Run: Operation(m, benchmarks))).ToArray();
            const int operations = DeliveryBenchmarks.Count * 8; // whole cycles of the deliveries
            foreach (var (_, run) in methods)
            {
                var warmUntil = Environment.TickCount64 + 500; // past tiered compilation's promotion to optimised code
                while (Environment.TickCount64 < warmUntil)
                {
                    run(operations);
                }
            }

            var cpu = methods.ToDictionary(m => m.Name, _ => new List<double>());
            var bytes = methods.ToDictionary(m => m.Name, _ => 0.0);
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < methods.Length; i++)
                {
                    var (name, run) = methods[(i + round) % methods.Length]; // a different method first each round
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadCpuClock.Nanoseconds();
                    run(operations);
                    cpu[name].Add((ThreadCpuClock.Nanoseconds() - start) / 1000.0 / operations);
                    bytes[name] = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / operations;
                }
            }

            Print(className, rounds, operations, methods.Select(m => m.Name).ToArray(), cpu, bytes);
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static void Print(string className, int rounds, int operations, string[] names, Dictionary<string, List<double>> cpu, Dictionary<string, double> bytes)
    {
        Console.WriteLine($"{className}: thread CPU time per operation, {rounds} rounds of {operations} operations per method, interleaved");
        Console.WriteLine("| method | CPU µs/op: median (range) | ratio to Floor: median of rounds (range) | allocated B/op | alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var name in names)
        {
            var ratios = cpu[name].Select((t, round) => t / cpu["Floor"][round]).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"| {name} | {Median(cpu[name]):F2} ({cpu[name].Min():F2}–{cpu[name].Max():F2}) | {Median(ratios):F2} ({ratios.Min():F2}–{ratios.Max():F2}) | {bytes[name]:F0} | {bytes[name] / bytes["Floor"]:F2} |"));
        }
    }

    private static Action<int> Operation(MethodInfo method, DeliveryBenchmarks target)
    {
        if (method.ReturnType == typeof(int))
        {
            var call = method.CreateDelegate<Func<int>>(target);
            return count =>
            {
                for (var i = 0; i < count; i++)
                {
                    GC.KeepAlive(call());
                }
            };
        }

        var callObject = method.CreateDelegate<Func<object?>>(target);
        return count =>
        {
            for (var i = 0; i < count; i++)
            {
                GC.KeepAlive(callObject());
            }
        };
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
