using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Webhooks.Redis.Tests;

/// <summary>
/// A throwaway <c>redis-server</c> on 127.0.0.1 with an append-only file synced on every write, in a folder of its own,
/// that a test can kill and start again on the same port and data.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "webhooks-redis-tests", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public RedisServer()
    {
        Directory.CreateDirectory(_folder);
        Port = FreePort();
        Start();
    }

    public static string? Executable { get; } =
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    public void Start()
    {
        var executable = Executable ?? throw new InvalidOperationException("redis-server is not installed: apt-get install redis-server (.ci/run does).");
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
                "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server with SIGKILL, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
