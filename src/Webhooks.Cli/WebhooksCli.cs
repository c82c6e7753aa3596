using System.CommandLine;
using System.CommandLine.Invocation;
using Webhooks.Cli.Commands;
using Webhooks.Cli.Commands.Inbox;

namespace Webhooks.Cli;

/// <summary>The <c>dotnet webhooks</c> command line: its commands, help, and exit codes.</summary>
internal static class WebhooksCli
{
    public static RootCommand Build(CliContext context)
    {
        var send = SendCommand.Create(context);
        var sign = SignCommand.Create(context);
        var verify = VerifyCommand.Create(context);
        var inbox = InboxCommand.Create(context);
        var root = new RootCommand(
            "Send signed test webhooks of twelve providers to your app, sign and verify captured requests, and inspect, replay and purge a running app's durable inbox.")
        {
            send, sign, verify, FixturesCommand.Create(context), inbox,
        };
        var examples = new Dictionary<Command, string>
        {
            [root] = Examples.Root,
            [send] = Examples.Send,
            [sign] = Examples.Sign,
            [verify] = Examples.Verify,
            [inbox] = Examples.Inbox,
        };
        foreach (var command in inbox.Subcommands)
        {
            examples[command] = Examples.Inbox;
        }

        HelpWithNotes.Install(root, examples);
        return root;
    }

    /// <summary>Parses and runs a command line: 0 success, 1 failed, 2 usage error, 3 could not reach the app.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine("error: " + error.Message);
            }

            context.Error.WriteLine($"Run '{Usage(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parse.Action is null)
        {
            // A command group without a subcommand, such as `inbox`: its help, and a usage error for scripts.
            await root.Parse([.. args, "--help"]).InvokeAsync(Configuration(context), cancellationToken);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(Configuration(context), cancellationToken);
        }
        catch (CliUsageException exception)
        {
            context.Error.WriteLine("error: " + exception.Message);
            return ExitCodes.Usage;
        }
        catch (AppUnreachableException exception)
        {
            context.Error.WriteLine("error: " + exception.Message);
            return ExitCodes.Unreachable;
        }
        catch (CliFailureException exception)
        {
            context.Error.WriteLine("error: " + exception.Message);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("cancelled.");
            return 130;
        }
    }

    private static InvocationConfiguration Configuration(CliContext context) => new()
    {
        Output = context.Out,
        Error = context.Error,
        EnableDefaultExceptionHandler = false,
    };

    private static string Usage(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "dotnet webhooks" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
