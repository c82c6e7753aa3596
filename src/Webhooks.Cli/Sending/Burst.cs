using System.Diagnostics;
using Spectre.Console;

namespace Webhooks.Cli.Sending;

/// <summary>Sends <c>count</c> deliveries, <c>concurrency</c> at a time, with a progress bar on a terminal.</summary>
internal static class Burst
{
    public static async Task<(BurstSummary Summary, TimeSpan Elapsed)> RunAsync(
        int count, int concurrency, Func<CancellationToken, Task<SendOutcome>> send, CliContext context, CancellationToken cancellationToken)
    {
        var summary = new BurstSummary();
        var clock = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        if (!context.ShowProgress)
        {
            await Parallel.ForAsync(0, count, options, async (_, ct) => summary.Add(await send(ct)));
            return (summary, clock.Elapsed);
        }

        await context.ProgressConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Sending {count}", maxValue: count);
                await Parallel.ForAsync(0, count, options, async (_, ct) =>
                {
                    var outcome = await send(ct);
                    summary.Add(outcome);
                    task.Increment(1);
                    if (!outcome.IsSuccess)
                    {
                        task.Description = $"Sending {count} ([red]{summary.Failures} not 2xx[/])";
                    }
                });
            });
        return (summary, clock.Elapsed);
    }
}
