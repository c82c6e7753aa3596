using System.Diagnostics;

namespace Webhooks.Durability.Tests;

/// <summary>
/// A small tmpfs of its own (<c>mount -t tmpfs</c>), to fill the filesystem under a database for real. Needs the right
/// to mount (root in CI, and in a container one that allows it).
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why a tmpfs can't be mounted here, or <c>null</c> when it can (tried once, on a folder of its own).</summary>
    public static string? Unavailable { get; } = Probe();

    public static Tmpfs Mount(string path, int megabytes)
    {
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        return code == 0 ? new Tmpfs(path) : throw new InvalidOperationException($"mount -t tmpfs failed ({code}): {error}");
    }

    /// <summary>Fills what is left of the filesystem with one file; returns how many bytes it took.</summary>
    public long Fill(string fileName)
    {
        var chunk = new byte[64 * 1024];
        long written = 0;
        using var file = new FileStream(System.IO.Path.Combine(Path, fileName), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                file.Write(chunk);
                written += chunk.Length;
            }
        }
        catch (IOException)
        {
            // ENOSPC: full. Top up the last few blocks a 64 KB write couldn't take.
        }

        try
        {
            while (true)
            {
                file.Write(chunk, 0, 4096);
                written += 4096;
            }
        }
        catch (IOException)
        {
        }

        return written;
    }

    public void Dispose()
    {
        if (Run("umount", Path).Code != 0)
        {
            Run("umount", "-l", Path);
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs mounts need Linux.";
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "webhooks-tmpfs-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var probe = Mount(path, 1);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "This machine doesn't let the tests mount a tmpfs: " + exception.Message;
        }
        finally
        {
            try
            {
                Directory.Delete(path);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int Code, string Error) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Trim());
    }
}

/// <summary>
/// A fact that needs <see cref="Tmpfs"/>: skipped where a tmpfs can't be mounted, except in CI (<c>CI=true</c>), where
/// it runs and fails, as the tests that need a service do.
/// </summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } reason && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = reason;
        }
    }
}
