namespace Webhooks.Cli.Tests;

/// <summary>Runs the tool in-process, as `dotnet webhooks …` would, with its output captured and its environment given.</summary>
public static class Cli
{
    public static async Task<Result> Run(IReadOnlyDictionary<string, string>? environment = null, Stream? input = null, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            Environment = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            OpenInput = () => input ?? Stream.Null,
        };
        var exitCode = await WebhooksCli.RunAsync(args, context);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    public static Task<Result> Run(params string[] args) => Run(null, null, args);

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
    }
}
