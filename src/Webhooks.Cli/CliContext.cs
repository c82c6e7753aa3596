using Spectre.Console;

namespace Webhooks.Cli;

/// <summary>
/// Where a command reads and writes, and what it reaches: the process's console, environment and network by default;
/// tests give their own writers and environment, and run the tool in-process.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Standard output: results, tables, the answer's body.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors, warnings and notes, so that output stays pipeable.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, for <c>--data -</c>.</summary>
    public Func<Stream> OpenInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Whether to draw live progress bars (on standard error): when it is a terminal.</summary>
    public bool ShowProgress { get; init; }

    /// <summary>Whether <see cref="Out"/> is a terminal, for colours and its width.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>The console tables are written to (over <see cref="Out"/>).</summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Out, OutIsTerminal);

    /// <summary>The console progress bars are drawn on (over <see cref="Error"/>).</summary>
    public IAnsiConsole ProgressConsole => _progress ??= CreateConsole(Error, ShowProgress);

    private IAnsiConsole? _console;
    private IAnsiConsole? _progress;

    /// <summary>The process's own console.</summary>
    public static CliContext FromConsole() => new()
    {
        Out = System.Console.Out,
        Error = System.Console.Error,
        ShowProgress = !System.Console.IsErrorRedirected,
        OutIsTerminal = !System.Console.IsOutputRedirected,
    };

    // A terminal gets colours and its own width; a file or pipe gets plain text that wraps only past 200 columns.
    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }
}
