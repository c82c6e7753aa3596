using System.CommandLine;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary><c>inbox …</c>: the durable inbox of a running app, through its admin API (<c>app.MapWebhooksDashboard()</c>).</summary>
internal static class InboxCommand
{
    public static Command Create(CliContext context)
    {
        var options = new InboxOptions();
        var command = new Command("inbox", "See and act on a running app's durable inbox through its admin API (app.MapWebhooksDashboard(); local requests only by default).")
        {
            InboxOverviewCommand.Create(context, options),
            InboxListCommand.Create(context, options),
            InboxShowCommand.Create(context, options),
            InboxReplayCommand.Create(context, options),
            InboxPurgeCommand.Create(context, options),
        };
        options.AddTo(command);
        return command;
    }
}
