using System.CommandLine;
using Spectre.Console;
using Webhooks.Cli.Output;
using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Commands;

/// <summary><c>fixtures [provider] [event]</c>: the built-in test events, and one's body.</summary>
internal static class FixturesCommand
{
    public static Command Create(CliContext context)
    {
        var provider = new Argument<string?>("provider") { Description = "List this provider's fixtures.", Arity = ArgumentArity.ZeroOrOne };
        provider.AcceptOnlyFromAmong([.. WebhookFixtures.Providers]);
        provider.HelpName = "provider";
        var eventType = new Argument<string?>("event") { Description = "Print this event's body and headers.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("fixtures", "List the built-in test events of every provider (or of one), or print one's body.") { provider, eventType };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(provider);
            var type = parse.GetValue(eventType);
            if (name is null)
            {
                Providers(context.Console);
            }
            else if (type is null)
            {
                Events(context.Console, name);
            }
            else
            {
                Body(context, name, type);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Providers(IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("provider").AddColumn("default event").AddColumn(new TableColumn("events").RightAligned()).AddColumn("secret from");
        foreach (var name in WebhookFixtures.Providers)
        {
            var descriptor = BuiltInProviders.Find(name)!;
            table.AddRow(name, Markup.Escape(WebhookFixtures.DefaultEvent(name)), WebhookFixtures.Events(name).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), descriptor.SecretEnvironmentVariable ?? "");
        }

        console.Write(table);
        console.WriteLine("dotnet webhooks fixtures <provider> lists a provider's events; dotnet webhooks fixtures <provider> <event> prints one.");
    }

    private static void Events(IAnsiConsole console, string name)
    {
        var events = WebhookFixtures.Events(name);
        console.WriteLine($"{name} fixtures ({events.Count}):");
        foreach (var eventType in events)
        {
            console.WriteLine($"  {eventType}{(eventType == events[0] ? "  (the default)" : "")}");
        }

        console.WriteLine("Any other event is written from the nearest of these, with its own event type.");
    }

    private static void Body(CliContext context, string name, string type)
    {
        var fixture = WebhookFixtures.Create(name, type);
        if (WebhookFixtures.FixtureEvent(name, type) is var source && source != type)
        {
            context.Error.WriteLine($"note: {type} has no fixture of its own: it is written as {source} is.");
        }

        foreach (var (header, value) in fixture.Headers)
        {
            context.Out.WriteLine($"{header}: {value}");
        }

        context.Out.WriteLine($"Content-Type: {fixture.ContentType}");
        context.Out.WriteLine();
        context.Out.WriteLine(fixture.Form is { } form ? string.Join(Environment.NewLine, form.Select(f => $"{f.Key}={f.Value}")) : JsonText.Pretty(fixture.Json!));
    }
}
