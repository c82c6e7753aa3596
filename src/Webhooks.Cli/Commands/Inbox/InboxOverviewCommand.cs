using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Webhooks.Cli.Inbox;
using Webhooks.Cli.Output;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary><c>inbox overview</c>: deliveries per provider and status, the oldest pending, and the rejections counted.</summary>
internal static class InboxOverviewCommand
{
    public static Command Create(CliContext context, InboxOptions options)
    {
        var command = new Command("overview", "Count deliveries per provider and status, with the oldest pending, and the requests rejected (401, 400, 413).");
        command.SetAction(async (parse, ct) =>
        {
            using var api = options.Api(parse);
            var overview = await api.OverviewAsync(ct);
            if (parse.GetValue(options.Json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(overview, AdminJsonContext.Default.OverviewResponse));
                return ExitCodes.Success;
            }

            var now = DateTimeOffset.UtcNow;
            var table = new Table().Border(TableBorder.Rounded).AddColumn("provider");
            foreach (var column in new[] { "pending", "processing", "processed", "dead" })
            {
                table.AddColumn(new TableColumn(column).RightAligned());
            }

            table.AddColumn("oldest pending");
            foreach (var p in overview.Providers)
            {
                table.AddRow(Markup.Escape(p.Provider), N(p.Pending), N(p.Processing), N(p.Processed), p.Dead > 0 ? $"[red]{N(p.Dead)}[/]" : N(p.Dead),
                    p.OldestPendingAt is { } oldest ? $"{Times.Utc(oldest)} ({Times.Age(oldest, now)})" : "");
            }

            context.Console.Write(table);
            if (overview.Rejections.Count > 0)
            {
                var rejections = new Table().Border(TableBorder.Rounded).AddColumn("provider").AddColumn("rejected because").AddColumn(new TableColumn("count").RightAligned());
                foreach (var r in overview.Rejections)
                {
                    rejections.AddRow(Markup.Escape(r.Provider), Markup.Escape(r.Reason), N(r.Count));
                }

                context.Console.Write(rejections);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
