using System.CommandLine;
using System.Text.Json;
using Webhooks.Cli.Inbox;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary><c>inbox purge --status …</c>: deletes the deliveries that match; a status is required, so nothing is purged by a slip.</summary>
internal static class InboxPurgeCommand
{
    public static Command Create(CliContext context, InboxOptions options)
    {
        var command = new Command("purge", "Delete every delivery that matches --status (required) and the filters; a purged delivery id is no longer deduplicated.");
        var filters = InboxOptions.AddFilters(command, statusRequired: true);
        command.SetAction(async (parse, ct) =>
        {
            using var api = options.Api(parse);
            var filter = filters.Read(parse);
            var purged = await api.PurgeAsync(filter, ct);
            context.Out.WriteLine(parse.GetValue(options.Json)
                ? JsonSerializer.Serialize(new PurgedCount(purged), AdminJsonContext.Default.PurgedCount)
                : $"Purged {purged} {InboxOptions.Filters.Describe(filter)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
