using System.Diagnostics;

namespace Webhooks.Cli.Tests;

/// <summary>The tool as a process, the way a script runs it: its help and its exit codes.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Help_reads_well_and_lists_the_exit_codes()
    {
        var (exitCode, output, _) = await Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:\n  dotnet-webhooks [command] [options]", output);
        foreach (var command in new[] { "send <provider>", "sign <provider>", "verify <provider>", "fixtures", "inbox" })
        {
            Assert.Contains("  " + command, output);
        }

        Assert.Contains("Exit codes:\n  0  success", output);
        Assert.Contains("  3  could not reach the app", output);
    }

    [Fact]
    public async Task Every_command_has_help_with_examples()
    {
        foreach (var command in new[] { "send", "sign", "verify", "inbox", "inbox list", "inbox replay" })
        {
            var (exitCode, output, _) = await Run([.. command.Split(' '), "--help"]);
            Assert.Equal(0, exitCode);
            Assert.Contains("Examples:\n", output);
            Assert.Contains("Exit codes:", output);
        }
    }

    [Fact]
    public async Task A_usage_error_exits_2_and_a_failed_check_1()
    {
        var (usage, _, error) = await Run("send", "nope");
        Assert.Equal(2, usage);
        Assert.Contains("Argument 'nope' not recognized", error);

        var folder = Directory.CreateTempSubdirectory("webhooks-cli-process-").FullName;
        File.WriteAllText(Path.Combine(folder, "h"), "X-Hub-Signature-256: sha256=" + new string('0', 64) + "\n");
        File.WriteAllText(Path.Combine(folder, "b"), "{}");
        var (invalid, output, _) = await Run("verify", "github", "--secret", "s", "--headers", Path.Combine(folder, "h"), "--body", Path.Combine(folder, "b"));
        Directory.Delete(folder, recursive: true);
        Assert.Equal(1, invalid);
        Assert.StartsWith("invalid: no signature in X-Hub-Signature-256 matches this secret", output);
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "dotnet-webhooks.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), await error);
    }
}
