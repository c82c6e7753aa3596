using System.Diagnostics;

namespace Webhooks.Benchmarks;

/// <summary>
/// Runs one delivery benchmark method in a plain loop for a while, for a sampling profiler to attach to (perf with
/// DOTNET_PerfMapEnabled=1, dotnet-trace): no BenchmarkDotNet machinery, no set-up or tier-0 code in the steady part.
/// Prints operations per second every second, so that the profile's window is known to be steady.
/// </summary>
/// <example>
/// DOTNET_PerfMapEnabled=1 dotnet Webhooks.Benchmarks.dll profile openai Ours 20 &amp; sleep 8; perf record -g -p $! -- sleep 10
/// </example>
internal static class ProfileLoop
{
    public static int Run(string provider, string method, int seconds)
    {
        // The checked-floor classes are the delivery classes with FloorChecked added, so they run every method.
        var benchmarks = CheckedFloorClasses.For(provider);
        Func<object?> operation = method switch
        {
            "Floor" => benchmarks.Floor,
            "FloorChecked" => CheckedFloorClasses.FloorChecked(benchmarks),
            "Ours" => () => benchmarks.Ours(),
            "OursWithoutStore" => () => benchmarks.OursWithoutStore(),
            "Seeds" => benchmarks.Seeds,
            _ => throw new ArgumentException($"Unknown method '{method}': Floor, FloorChecked, Ours, OursWithoutStore or Seeds."),
        };

        benchmarks.Setup();
        var end = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            var start = Stopwatch.GetTimestamp();
            var count = 0;
            while (Stopwatch.GetElapsedTime(start).TotalSeconds < 1)
            {
                for (var i = 0; i < 1000; i++)
                {
                    operation();
                }

                count += 1000;
            }

            Console.WriteLine($"{provider} {method}: {count / Stopwatch.GetElapsedTime(start).TotalSeconds:F0} ops/s, {GC.GetAllocatedBytesForCurrentThread() / 1024 / 1024} MB allocated so far");
        }

        benchmarks.Cleanup();
        return 0;
    }
}
