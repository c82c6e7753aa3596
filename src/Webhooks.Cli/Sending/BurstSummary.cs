using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;

namespace Webhooks.Cli.Sending;

/// <summary>The answers of a burst: counts per status, latency percentiles, the rate; and the exit code they make.</summary>
internal sealed class BurstSummary
{
    private readonly ConcurrentBag<SendOutcome> _outcomes = [];
    private int _failures;

    public void Add(SendOutcome outcome)
    {
        _outcomes.Add(outcome);
        if (!outcome.IsSuccess)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    public int Count => _outcomes.Count;

    /// <summary>How many answers so far were not 2xx (or never came).</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>0 when every answer was 2xx; 3 when nothing was reached; else 1.</summary>
    public int ExitCode =>
        _outcomes.All(o => o.IsSuccess) ? ExitCodes.Success
        : _outcomes.All(o => o.Unreachable) ? ExitCodes.Unreachable
        : ExitCodes.Failed;

    /// <summary>The latency at percentile <paramref name="p"/> (nearest rank) of the sends that were answered.</summary>
    public TimeSpan? Percentile(double p)
    {
        var sorted = _outcomes.Where(o => o.Status is not null).Select(o => o.Latency).Order().ToArray();
        return sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public void Render(IAnsiConsole console, string what, string url, int concurrency, TimeSpan elapsed)
    {
        var answered = _outcomes.Count(o => o.Status is not null);
        var rate = elapsed > TimeSpan.Zero ? (Count / elapsed.TotalSeconds).ToString("0.#", CultureInfo.InvariantCulture) : "∞";
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sent {Count} {what} to {url}, {concurrency} at a time: {answered} answered in {elapsed.TotalSeconds:0.00} s ({rate}/s)."));

        var table = new Table().Border(TableBorder.Rounded).AddColumn("answer").AddColumn(new TableColumn("count").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        foreach (var group in _outcomes.GroupBy(o => o.Answer).OrderBy(g => g.First().Status ?? int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var share = (double)group.Count() / Count;
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture), share.ToString("0.0%", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (Percentile(50) is { } p50)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Latency: p50 {Milliseconds(p50)}, p90 {Milliseconds(Percentile(90)!.Value)}, p99 {Milliseconds(Percentile(99)!.Value)}, max {Milliseconds(Percentile(100)!.Value)}"));
        }
    }

    private static string Milliseconds(TimeSpan span) => span.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
