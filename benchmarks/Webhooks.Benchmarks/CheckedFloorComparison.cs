
namespace Webhooks.Benchmarks;

/// <summary>
/// Floor, checked floor and ours on the same deliveries, compared by the CPU time of the measuring thread instead of
/// the wall clock: on a machine whose load is many times its cores, a thread waits for a core longer than it runs, and
/// wall-clock timings (BenchmarkDotNet's) then move by several times between runs. The methods take turns in short
/// slices, in a rotating order, so that what disturbs one disturbs the others alike; each ratio is per round, then the
/// median over the rounds. What remains is cache and memory interference from other processes, which time on the CPU
/// still includes.
/// </summary>
/// <c>dotnet Webhooks.Benchmarks.dll cputime-floors openai [rounds]</c>.
internal static class CheckedFloorComparison
{
    public static int Run(string provider, int rounds)
    {
        DeliveryBenchmarks benchmarks = provider switch
        {
            "openai" => new OpenAICheckedFloor(),
            "stripe" => new StripeCheckedFloor(),
            "github" => new GitHubCheckedFloor(),
            _ => throw new ArgumentException($"Unknown provider '{provider}': openai, stripe or github."),
        };
        Func<object?> checkedFloor = benchmarks switch
        {
            OpenAICheckedFloor b => b.FloorChecked,
            StripeCheckedFloor b => b.FloorChecked,
            GitHubCheckedFloor b => b.FloorChecked,
            _ => throw new InvalidOperationException(),
        };
        (string Name, Func<object?> Operation)[] methods =
        [
            ("Floor", benchmarks.Floor),
            ("FloorChecked", checkedFloor),
            ("Ours", () => benchmarks.Ours()),
        ];

        benchmarks.Setup();
        const int OperationsPerSlice = 2000;
        for (var warm = 0; warm < 20; warm++) // past tiered compilation
        {
            foreach (var (_, operation) in methods)
            {
                Slice(operation, OperationsPerSlice);
            }
        }

        var perOperation = methods.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < methods.Length; k++)
            {
                var m = (k + round) % methods.Length;
                perOperation[m].Add(Slice(methods[m].Operation, OperationsPerSlice) / OperationsPerSlice);
            }
        }

        benchmarks.Cleanup();
        Console.WriteLine($"{provider}: CPU time of the measuring thread per operation, {rounds} rounds of {OperationsPerSlice} operations per method; load before the end {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| method | median ns | quartiles ns | × Floor (median of per-round ratios, quartiles) | × FloorChecked |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var m = 0; m < methods.Length; m++)
        {
            var (q1, median, q3) = Quartiles(perOperation[m]);
            var toFloor = Quartiles(perOperation[m].Zip(perOperation[0], (a, b) => a / b).ToList());
            var toChecked = Quartiles(perOperation[m].Zip(perOperation[1], (a, b) => a / b).ToList());
            Console.WriteLine($"| {methods[m].Name} | {median:F0} | {q1:F0}–{q3:F0} | {toFloor.Median:F3} ({toFloor.Q1:F3}–{toFloor.Q3:F3}) | {toChecked.Median:F3} ({toChecked.Q1:F3}–{toChecked.Q3:F3}) |");
        }

        return 0;
    }

    // The thread's CPU time, in nanoseconds, that `count` operations took.
    private static double Slice(Func<object?> operation, int count)
    {
        var start = ThreadCpuClock.Nanoseconds();
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        return ThreadCpuClock.Nanoseconds() - start;
    }

    private static (double Q1, double Median, double Q3) Quartiles(List<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];
        return (At(0.25), At(0.5), At(0.75));
    }
}
