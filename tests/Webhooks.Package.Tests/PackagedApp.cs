using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;

namespace Webhooks.Package.Tests;

/// <summary>
/// Once per test run: packs a copy of the repository (the README's command, into a temporary feed), then, in another
/// temporary folder, creates an app with <c>dotnet new web</c>, adds Webhooks, Webhooks.Storage.Sqlite and
/// Webhooks.Testing from that feed (its own nuget.config: the feed and this machine's sources; its own packages folder,
/// so nothing restored or built for the repository leaks in), builds it (one restore) and starts it on 127.0.0.1.
/// </summary>
public sealed class PackagedApp : IAsyncLifetime
{
    public const string Version = "1.0.0-preview.1";
    public const string GitHubSecret = "package-test-github-secret";
    public const string OpenAISecret = "whsec_cGFja2FnZS10ZXN0LW9wZW5haS1zZWNyZXQh";

    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(10);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "webhooks-package-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly StringBuilder _console = new();
    private Process? _server;

    public string Feed => Path.Combine(_work, "feed");

    public string AppDirectory => Path.Combine(_work, "app");

    public string Gate => Path.Combine(_work, "gate");

    public Step Pack { get; private set; } = Step.NotRun("pack");

    public Step Build { get; private set; } = Step.NotRun("build");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the running app has printed so far.</summary>
    public string Console
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);

        // A copy, so that packing (Release, a restore of every project) never touches the obj/ folders of the build that runs the tests.
        var repository = Path.Combine(_work, "repository");
        CopyTree(RepositoryRoot(), repository);
        Pack = await Run("pack", repository, "dotnet", ["pack", "Webhooks.sln", "-c", "Release", "-o", Feed, "-nologo"]);
        if (!Pack.Succeeded)
        {
            return;
        }

        // What a newcomer types; only the restore (in the build) goes to a package source.
        var create = await Run("new", _work, "dotnet", ["new", "web", "-n", "PackageApp", "-o", AppDirectory, "--no-restore"]);
        if (!create.Succeeded)
        {
            Build = create;
            return;
        }

        WriteIsolation();
        foreach (var package in new[] { "Webhooks", "Webhooks.Storage.Sqlite", "Webhooks.Testing" })
        {
            var add = await Run("add " + package, AppDirectory, "dotnet", ["add", "package", package, "--version", Version, "--no-restore"]);
            if (!add.Succeeded)
            {
                Build = add;
                return;
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "App")))
        {
            File.Copy(file, Path.Combine(AppDirectory, Path.GetFileName(file)), overwrite: true);
        }

        Build = await Run("build", AppDirectory, "dotnet", ["build", "-nologo"]);
        if (!Build.Succeeded)
        {
            return;
        }

        await StartServer();
    }

    /// <summary>Builds the app again with <c>DisableWebhooksSourceGenerator</c>, into folders of its own (no second restore).</summary>
    public Task<Step> BuildWithoutGenerator() =>
        Run("build without the generator", AppDirectory, "dotnet",
            ["build", "-nologo", "--no-restore", "-p:DisableWebhooksSourceGenerator=true", "-p:IntermediateOutputPath=obj/nogenerator/", "-p:OutputPath=bin/nogenerator/"]);

    /// <summary>Runs the app's <c>send</c> mode: a delivery signed by Webhooks.Testing from its package.</summary>
    public Task<Step> Send(string provider, string secret, string body, string? eventType = null) =>
        Run("send " + provider, AppDirectory, "dotnet",
            [AppDll, "send", BaseAddress.ToString(), provider, secret, body, .. eventType is null ? Array.Empty<string>() : [eventType]],
            TimeSpan.FromSeconds(60));

    /// <summary>Waits until the app has printed <paramref name="text"/>.</summary>
    public async Task<bool> Printed(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Console.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > until || _server is { HasExited: true })
            {
                return Console.Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(50);
        }

        return true;
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away: the temporary folder is left behind.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private string AppDll => Path.Combine(AppDirectory, "bin", "Debug", "net10.0", "PackageApp.dll");

    private string PackagesFolder => Path.Combine(_work, "packages");

    // The app's own nuget.config: the feed for our packages only (package source mapping), this machine's sources for the
    // rest; its own packages folder; and empty Directory.Build files, so that nothing above the temporary folder applies.
    private void WriteIsolation()
    {
        var sources = MachineSources();
        var packageSources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "local"), new XAttribute("value", Feed)));
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", "local"),
                new XElement("package", new XAttribute("pattern", "Webhooks")),
                new XElement("package", new XAttribute("pattern", "Webhooks.*"))));
        for (var i = 0; i < sources.Count; i++)
        {
            packageSources.Add(new XElement("add", new XAttribute("key", $"source{i}"), new XAttribute("value", sources[i])));
            mapping.Add(new XElement("packageSource", new XAttribute("key", $"source{i}"), new XElement("package", new XAttribute("pattern", "*"))));
        }

        new XDocument(new XElement("configuration",
            packageSources,
            mapping,
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", PackagesFolder)))))
            .Save(Path.Combine(_work, "nuget.config"));
        File.WriteAllText(Path.Combine(_work, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_work, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_work, "Directory.Packages.props"), "<Project />\n");
    }

    // The package sources `dotnet restore` uses on this machine (the user's NuGet.Config), as `dotnet nuget list source` shows them.
    private static List<string> MachineSources()
    {
        var start = new ProcessStartInfo("dotnet", ["nuget", "list", "source", "--format", "short"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var sources = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
        return sources.Count > 0 ? sources : ["https://api.nuget.org/v3/index.json"];
    }

    private async Task StartServer()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [AppDll])
        {
            WorkingDirectory = AppDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Isolate(start);
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Webhooks__github__Secret"] = GitHubSecret;
        start.Environment["Webhooks__openai__Secret"] = OpenAISecret;
        start.Environment["PACKAGE_TEST_GATE"] = Gate;
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, e) => Append(e.Data);
        _server.ErrorDataReceived += (_, e) => Append(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        for (var attempt = 0; attempt < 300 && !_server.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
    }

    private void Append(string? line)
    {
        lock (_console)
        {
            _console.AppendLine(line);
        }
    }

    private async Task<Step> Run(string name, string directory, string file, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Isolate(start);
        if (name != "pack")
        {
            start.Environment["NUGET_PACKAGES"] = PackagesFolder;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout ?? Slow);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            return new Step(name, -1, $"`{file} {string.Join(' ', start.ArgumentList)}` did not finish within {timeout ?? Slow}.", watch.Elapsed);
        }

        return new Step(name, process.ExitCode, $"$ {file} {string.Join(' ', start.ArgumentList)}\n{await output}{await error}", watch.Elapsed);
    }

    // The test host's MSBuild variables would point the child builds at the test run's MSBuild; the children find their own.
    private static void Isolate(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Webhooks.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Webhooks.sln not found above " + AppContext.BaseDirectory);
    }

    // The sources, without build outputs, test results or the git directory.
    private static void CopyTree(string from, string to)
    {
        string[] skipped = ["bin", "obj", ".git", ".vs", "TestResults", "artifacts"];
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            if (!skipped.Contains(Path.GetFileName(directory), StringComparer.Ordinal))
            {
                CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One command the fixture ran: its exit code and everything it printed.</summary>
public sealed record Step(string Name, int ExitCode, string Output, TimeSpan Took)
{
    public bool Succeeded => ExitCode == 0;

    public static Step NotRun(string name) => new(name, -1, $"{name}: not run (an earlier step failed)", TimeSpan.Zero);

    public override string ToString() => $"{Name} (exit {ExitCode}, {Took.TotalSeconds:0}s):\n{Output}";
}
