using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Webhooks.EndToEnd.Tests.NativeAot;

/// <summary>The sample, published with Native AOT once per test run, and started as a native process.</summary>
public sealed class NativeSample : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "webhooks-aot-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _console = new();
    private Process? _process;

    public string PublishLog { get; private set; } = "";

    public int PublishExitCode { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

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
        if (new NativeAotFactAttribute().Skip is not null)
        {
            return;
        }

        (PublishExitCode, PublishLog) = await Run("dotnet", $"publish \"{SampleProject()}\" -c Release -r linux-x64 -o \"{_output}\" -nologo");
        if (PublishExitCode != 0)
        {
            return;
        }

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(Path.Combine(_output, "Webhooks.Sample"))
        {
            WorkingDirectory = _output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPort(port);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        return Task.CompletedTask;
    }

    private void Append(string? line)
    {
        lock (_console)
        {
            _console.AppendLine(line);
        }
    }

    private static string SampleProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "Webhooks.Sample", "Webhooks.Sample.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/Webhooks.Sample not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(15));
        return (process.ExitCode, await output + await error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPort(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
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
}
