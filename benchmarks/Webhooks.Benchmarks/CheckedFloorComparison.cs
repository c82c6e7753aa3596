namespace Webhooks.Benchmarks;

/// <summary>
/// Floor, checked floor and ours on the same deliveries, compared by the CPU time of the measuring thread
/// (<see cref="CpuTimeComparison"/>), each ratio per round and then the median over the rounds, with its quartiles.
/// <c>dotnet Webhooks.Benchmarks.dll cputime-floors openai [rounds]</c>.
/// </summary>
internal static class CheckedFloorComparison
{
    public static int Run(string provider, int rounds)
    {
        var benchmarks = CheckedFloorClasses.For(provider);
        (string Name, Action<int> Run)[] methods =
        [
            ("Floor", CpuTimeComparison.Loop(benchmarks.Floor)),
            ("FloorChecked", CpuTimeComparison.Loop(CheckedFloorClasses.FloorChecked(benchmarks))),
            ("Ours", CpuTimeComparison.Loop(() => benchmarks.Ours())),
        ];
        var (cpu, _) = CpuTimeComparison.Measure(benchmarks, methods, rounds);

        Console.WriteLine($"{provider}: CPU time of the measuring thread per operation, {rounds} rounds of {CpuTimeComparison.OperationsPerSlice} operations per method; load before the end {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| method | median ns | quartiles ns | × Floor (median of per-round ratios, quartiles) | × FloorChecked |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, _) in methods)
        {
            var (q1, median, q3) = Quartiles(cpu[name]);
            var toFloor = Quartiles(cpu[name].Zip(cpu["Floor"], (a, b) => a / b).ToList());
            var toChecked = Quartiles(cpu[name].Zip(cpu["FloorChecked"], (a, b) => a / b).ToList());
            Console.WriteLine($"| {name} | {median:F0} | {q1:F0}–{q3:F0} | {toFloor.Median:F3} ({toFloor.Q1:F3}–{toFloor.Q3:F3}) | {toChecked.Median:F3} ({toChecked.Q1:F3}–{toChecked.Q3:F3}) |");
        }

        return 0;
    }

    private static (double Q1, double Median, double Q3) Quartiles(List<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];
        return (At(0.25), At(0.5), At(0.75));
    }
}
