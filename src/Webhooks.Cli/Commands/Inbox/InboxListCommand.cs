using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Webhooks.Cli.Inbox;
using Webhooks.Cli.Output;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary><c>inbox list</c>: one page of deliveries, newest first, filtered.</summary>
internal static class InboxListCommand
{
    public static Command Create(CliContext context, InboxOptions options)
    {
        var command = new Command("list", "List deliveries, newest first: a page at a time (--before the last id for the next).");
        var filters = InboxOptions.AddFilters(command);
        var before = new Option<long?>("--before") { Description = "Only deliveries older than this id: the next page.", HelpName = "id" };
        var limit = new Option<int>("--limit") { Description = "How many deliveries to list (at most 500).", DefaultValueFactory = _ => 20, HelpName = "n" };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 500) { r.AddError("--limit must be between 1 and 500."); } });
        command.Options.Add(before);
        command.Options.Add(limit);
        command.SetAction(async (parse, ct) =>
        {
            var filter = filters.Read(parse);
            var query = Query(filter, parse.GetValue(before), parse.GetValue(limit));
            using var api = options.Api(parse);
            var page = await api.ListAsync(query, ct);
            if (parse.GetValue(options.Json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(page, AdminJsonContext.Default.DeliveryPage));
                return ExitCodes.Success;
            }

            if (page.Items.Count == 0)
            {
                context.Out.WriteLine($"No {InboxOptions.Filters.Describe(filter)}.");
                return ExitCodes.Success;
            }

            var now = DateTimeOffset.UtcNow;
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("id").RightAligned()).AddColumn("provider").AddColumn("event").AddColumn("status")
                .AddColumn(new TableColumn("attempts").RightAligned()).AddColumn("received").AddColumn("last error");
            foreach (var d in page.Items)
            {
                table.AddRow(
                    d.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(d.Provider), Markup.Escape(d.EventType), Status(d.Status),
                    d.Attempts.ToString(CultureInfo.InvariantCulture), Times.Age(d.ReceivedAt, now), Markup.Escape(Shorten(d.LastError, 60)));
            }

            context.Console.Write(table);
            if (page.Next is { } next)
            {
                context.Out.WriteLine($"More: dotnet webhooks inbox list --before {next.ToString(CultureInfo.InvariantCulture)} (with the same filters).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Status(string status) => status switch
    {
        "dead" => "[red]dead[/]",
        "processed" => "[green]processed[/]",
        "processing" => "[yellow]processing[/]",
        _ => Markup.Escape(status),
    };

    internal static string Shorten(string? text, int length) =>
        text is null ? "" : text.ReplaceLineEndings(" ") is var line && line.Length > length ? line[..(length - 1)] + "…" : line;

    private static string Query(FilterBody filter, long? before, int limit)
    {
        var query = new StringBuilder("?limit=").Append(limit.ToString(CultureInfo.InvariantCulture));
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("provider", filter.Provider);
        Add("eventType", filter.EventType);
        Add("status", filter.Status);
        Add("from", filter.From);
        Add("to", filter.To);
        Add("before", before?.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }
}
