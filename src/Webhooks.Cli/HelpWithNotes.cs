using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Webhooks.Cli;

/// <summary>The standard help, followed by the command's examples and the exit codes.</summary>
internal sealed class HelpWithNotes(HelpAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            output.WriteLine("Examples:");
            output.WriteLine(text);
            output.WriteLine();
        }

        output.WriteLine(ExitCodes.Help);
        return ExitCodes.Success;
    }

    /// <summary>Puts this action on the root's help option, which every subcommand inherits.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes((HelpAction)help.Action!, examples);
    }
}
