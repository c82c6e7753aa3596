using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Webhooks.Cli.Inbox;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary>
/// <c>inbox replay &lt;id&gt;</c> replays one delivery; <c>inbox replay --status dead [--provider …] [--max N]</c> replays a
/// selection in batches, with a progress bar, capped at what matched when it started.
/// </summary>
internal static class InboxReplayCommand
{
    public static Command Create(CliContext context, InboxOptions options)
    {
        var id = new Argument<long?>("id") { Description = "The delivery to replay; leave it out to replay a selection with --status.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("replay", "Replay one delivery, or every delivery that matches --status and the filters (in batches, with a progress bar): each is processed again, its attempts counted from 1.") { id };
        var filters = InboxOptions.AddFilters(command);
        var max = new Option<int?>("--max") { Description = "Replay at most this many.", HelpName = "n" };
        var batch = new Option<int>("--batch") { Description = "How many one API call replays.", DefaultValueFactory = _ => 500, HelpName = "n" };
        max.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) { r.AddError("--max must be at least 1."); } });
        batch.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100_000) { r.AddError("--batch must be between 1 and 100000."); } });
        command.Options.Add(max);
        command.Options.Add(batch);
        command.SetAction(async (parse, ct) =>
        {
            using var api = options.Api(parse);
            var json = parse.GetValue(options.Json);
            if (parse.GetValue(id) is { } one)
            {
                if (filters.Any(parse) || parse.GetValue(max) is not null)
                {
                    throw new CliUsageException("replay takes a delivery id or filters (--status, --provider, …), not both.");
                }

                return await ReplayOneAsync(context, api, one, json, ct);
            }

            var filter = filters.Read(parse);
            if (filter.Status is null)
            {
                throw new CliUsageException("replay a selection with --status (such as --status dead), or give a delivery id.");
            }

            return await ReplayManyAsync(context, api, filter, parse.GetValue(max), parse.GetValue(batch), json, ct);
        });
        return command;
    }

    private static async Task<int> ReplayOneAsync(CliContext context, AdminApi api, long id, bool json, CancellationToken ct)
    {
        if (!await api.ReplayAsync(id, ct))
        {
            context.Error.WriteLine($"error: there is no delivery {id}.");
            return ExitCodes.Failed;
        }

        context.Out.WriteLine(json ? """{"replayed":true}""" : $"Replayed delivery {id}: it is pending again, and is processed now.");
        return ExitCodes.Success;
    }

    // The total is capped at what matched at the start (or --max): a delivery that fails again at once and matches
    // the filter again is not replayed twice.
    private static async Task<int> ReplayManyAsync(CliContext context, AdminApi api, FilterBody filter, int? max, int batch, bool json, CancellationToken ct)
    {
        var overview = await api.OverviewAsync(ct);
        var matching = overview.Providers.Where(p => filter.Provider is null || p.Provider == filter.Provider).Sum(p => filter.Status switch
        {
            "pending" => p.Pending,
            "processing" => p.Processing,
            "processed" => p.Processed,
            _ => p.Dead,
        });
        var total = (int)Math.Min(max ?? int.MaxValue, matching);
        var replayed = 0;
        async Task Loop(ProgressTask? task)
        {
            while (replayed < total)
            {
                var asked = Math.Min(batch, total - replayed);
                var count = await api.ReplayAsync(filter with { Max = asked }, ct);
                replayed += count;
                task?.Increment(count);
                if (count < asked)
                {
                    break;
                }
            }
        }

        if (context.ShowProgress && total > 0)
        {
            await context.ProgressConsole.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(progress => Loop(progress.AddTask($"Replaying {total} {filter.Status}", maxValue: total)));
        }
        else
        {
            await Loop(null);
        }

        context.Out.WriteLine(json
            ? JsonSerializer.Serialize(new ReplayedCount(replayed), AdminJsonContext.Default.ReplayedCount)
            : replayed == 0 ? $"Nothing to replay: no {InboxOptions.Filters.Describe(filter)}." : $"Replayed {replayed} {InboxOptions.Filters.Describe(filter)}.");
        return ExitCodes.Success;
    }
}
