using System.CommandLine;
using Webhooks.Cli.Inbox;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary>The options every <c>inbox</c> command takes (where the admin API is), and the filters most take.</summary>
internal sealed class InboxOptions
{
    public const string DefaultDashboardPath = "/webhooks/dashboard";

    public static readonly string[] Statuses = ["pending", "processing", "processed", "dead"];

    public Option<string> Url { get; } = Recursive(SharedOptions.Url("The running app's base URL."));

    public Option<string> DashboardPath { get; } = Recursive(new Option<string>("--dashboard-path")
    {
        Description = "Where the app maps the dashboard (MapWebhooksDashboard's path); the API is under {path}/api.",
        HelpName = "path",
        DefaultValueFactory = _ => DefaultDashboardPath,
    });

    public Option<string[]> Header { get; } = Recursive(SharedOptions.Header("Add a header to every API call, such as 'Authorization: Bearer …' when the app opens the API to a policy (repeatable)."));

    public Option<bool> Json { get; } = Recursive(new Option<bool>("--json") { Description = "Print the API's answer as JSON, for scripts." });

    public Option<double> Timeout { get; } = Recursive(new Option<double>("--timeout")
    {
        Description = "Seconds to wait for each API call.",
        HelpName = "seconds",
        DefaultValueFactory = _ => 100,
    });

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(DashboardPath);
        command.Options.Add(Header);
        command.Options.Add(Json);
        command.Options.Add(Timeout);
    }

    public AdminApi Api(ParseResult parse)
    {
        var path = parse.GetValue(DashboardPath)!;
        if (!path.StartsWith('/'))
        {
            throw new CliUsageException($"--dashboard-path must start with '/' (got '{path}').");
        }

        return new AdminApi(parse.GetValue(Url)!, path, SharedOptions.Headers(parse.GetValue(Header)), TimeSpan.FromSeconds(parse.GetValue(Timeout)));
    }

    /// <summary>The filters of list, replay and purge, added to <paramref name="command"/>.</summary>
    public static Filters AddFilters(Command command, bool statusRequired = false)
    {
        var filters = new Filters(
            new Option<string>("--provider", "-p") { Description = "Only this provider's deliveries.", HelpName = "name" },
            new Option<string>("--event-type", "--event", "-e") { Description = "Only deliveries of this event type.", HelpName = "type" },
            new Option<string>("--status", "-s") { Description = "Only deliveries in this status.", Required = statusRequired },
            new Option<string>("--from") { Description = $"Only deliveries received at or after this: {TimeFilter.Help}.", HelpName = "time" },
            new Option<string>("--to") { Description = "Only deliveries received before this (as --from).", HelpName = "time" });
        filters.Status.AcceptOnlyFromAmong(Statuses);
        command.Options.Add(filters.Provider);
        command.Options.Add(filters.EventType);
        command.Options.Add(filters.Status);
        command.Options.Add(filters.From);
        command.Options.Add(filters.To);
        return filters;
    }

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }

    /// <summary>The filter options of one command.</summary>
    internal sealed record Filters(Option<string> Provider, Option<string> EventType, Option<string> Status, Option<string> From, Option<string> To)
    {
        public FilterBody Read(ParseResult parse, int? max = null)
        {
            var now = DateTimeOffset.UtcNow;
            return new FilterBody
            {
                Provider = parse.GetValue(Provider),
                EventType = parse.GetValue(EventType),
                Status = parse.GetValue(Status),
                From = TimeFilter.Parse(parse.GetValue(From), "--from", now),
                To = TimeFilter.Parse(parse.GetValue(To), "--to", now),
                Max = max,
            };
        }

        public bool Any(ParseResult parse) =>
            new[] { Provider, EventType, Status, From, To }.Any(option => !string.IsNullOrEmpty(parse.GetValue(option)));

        /// <summary>"dead openai deliveries of batch.failed", for messages.</summary>
        public static string Describe(FilterBody filter)
        {
            var what = $"{filter.Status ?? "matching"} {(filter.Provider is null ? "" : filter.Provider + " ")}deliveries";
            return filter.EventType is null ? what : $"{what} of {filter.EventType}";
        }
    }
}
