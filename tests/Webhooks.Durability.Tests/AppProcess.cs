using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Webhooks.Durability.Tests;

/// <summary>
/// tests/Webhooks.Durability.App as a real child process (<c>dotnet Webhooks.Durability.App.dll</c>) on a fixed port,
/// started again on the same files after each kill.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, int> _watched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _settings;
    private Process? _process;
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AppProcess(Dictionary<string, string> settings)
    {
        _settings = settings;
        Port = FreePort();
    }

    /// <summary>The built app, from the test assembly's metadata (see the csproj).</summary>
    public static string AppDll { get; } = typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "DurabilityAppDll").Value!;

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The running process's id.</summary>
    public int Pid => _process?.Id ?? throw new InvalidOperationException("Not started.");

    /// <summary>
    /// The running process's resident memory now and its peak since it started (VmRSS and VmHWM of
    /// <c>/proc/PID/status</c>), in KB.
    /// </summary>
    public (long ResidentKb, long PeakKb) Memory()
    {
        long resident = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (resident, peak);

        static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The app's last lines of output, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <summary>
    /// Counts, over every start, the lines of output that contain one of <paramref name="texts"/> (the app's recent
    /// output is kept for failure messages only).
    /// </summary>
    public void Watch(params string[] texts)
    {
        foreach (var text in texts)
        {
            _watched.TryAdd(text, 0);
        }
    }

    /// <summary>How many lines of output contained <paramref name="text"/>, which <see cref="Watch"/> named.</summary>
    public int LinesWith(string text) => _watched[text];

    /// <summary>Starts the app and waits until it says it is ready and its port accepts connections.</summary>
    public async Task StartAsync()
    {
        if (!File.Exists(AppDll))
        {
            throw new FileNotFoundException($"The durability app was not built at {AppDll}.");
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add($"--Durability:ParentPid={Environment.ProcessId}");
        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        // Test-only: extra app arguments, for checking that a test fails when the app is broken (see DurabilitySwitches).
        foreach (var extra in (Environment.GetEnvironmentVariable("WEBHOOKS_DURABILITY_APP_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(extra);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var ready = _ready;
        process.OutputDataReceived += (_, e) => OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, ready);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("The durability app exited before it was ready."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;

        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await WaitForPortAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"The durability app did not start: {exception.Message}\n{RecentOutput}", exception);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no lease released (Process.Kill sends SIGKILL on Linux).</summary>
    public void Kill()
    {
        var process = _process ?? throw new InvalidOperationException("Not started.");
        process.Kill();
        if (!process.WaitForExit(30_000))
        {
            throw new InvalidOperationException("The killed app did not exit.");
        }

        process.WaitForExit(); // and its output is read to the end
        process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, the graceful stop; SIGKILL if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited && Kill(process.Id, SigTerm) == 0)
        {
            using var wait = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            process.Dispose();
            _process = null;
        }
    }

    private void OnLine(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        foreach (var text in _watched.Keys)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                _watched.AddOrUpdate(text, 1, (_, n) => n + 1);
            }
        }

        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }

        if (line.StartsWith("DURABILITY-APP READY", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    private async Task WaitForPortAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    // The dotnet host that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
