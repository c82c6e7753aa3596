using Microsoft.Data.Sqlite;

namespace Webhooks.Durability.Tests;

/// <summary>Reads the app's databases from the test, with connections of its own (no pooling: nothing stays open).</summary>
public static class Databases
{
    /// <summary>The inbox's rows: delivery id → status (0 pending, 1 processing, 2 processed, 3 dead) and attempts.</summary>
    public static Dictionary<string, (int Status, int Attempts)> InboxRows(string path)
    {
        var rows = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return rows;
        }

        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivery_id, status, attempts FROM webhooks_inbox WHERE queued = 1";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
        }

        return rows;
    }

    /// <summary>The deliveries leased to a worker (status processing): what may have run without its outcome recorded.</summary>
    public static List<string> Processing(string path) =>
        InboxRows(path).Where(r => r.Value.Status == 1).Select(r => r.Key).ToList();

    /// <summary>The side effect: delivery id → how many times a handler ran it.</summary>
    public static Dictionary<string, int> Runs(string path)
    {
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return runs;
        }

        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivery_id, COUNT(*) FROM runs GROUP BY delivery_id";
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                runs[reader.GetString(0)] = reader.GetInt32(1);
            }
        }
        catch (SqliteException exception) when (exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            // the app has not created it yet
        }

        return runs;
    }

    /// <summary>
    /// The side effect of several instances, each with a file of its own (instances that share a PostgreSQL inbox):
    /// delivery id → how many times a handler ran it, in all of them.
    /// </summary>
    public static Dictionary<string, int> Runs(IEnumerable<string> paths)
    {
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (id, count) in Runs(path))
            {
                runs[id] = runs.GetValueOrDefault(id) + count;
            }
        }

        return runs;
    }

    /// <summary>Every run a file records, in order: which delivery, which attempt, in which process and when.</summary>
    public static List<Run> RunRecords(string path)
    {
        var runs = new List<Run>();
        if (!File.Exists(path))
        {
            return runs;
        }

        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivery_id, event_type, attempt, pid, run_at FROM runs ORDER BY seq";
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                runs.Add(new Run(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
            }
        }
        catch (SqliteException exception) when (exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
        }

        return runs;
    }

    /// <summary>The side effect in detail: delivery id → the attempt number of each run, in order.</summary>
    public static Dictionary<string, List<int>> RunAttempts(string path)
    {
        var runs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivery_id, attempt FROM runs ORDER BY seq";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!runs.TryGetValue(id, out var attempts))
            {
                runs[id] = attempts = [];
            }

            attempts.Add(reader.GetInt32(1));
        }

        return runs;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // Read-only: the test never writes, and a read-only connection doesn't checkpoint the log when it closes, so
            // the files a killed app left are exactly what its next start finds.
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 10000";
        busy.ExecuteNonQuery();
        return connection;
    }
}

/// <summary>One run of a handler, as the app's side-effect file records it.</summary>
public sealed record Run(string DeliveryId, string EventType, int Attempt, int Pid, DateTimeOffset At);

/// <summary>A folder of its own under the temporary directory, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "webhooks-durability-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a mount point still busy; the OS cleans the temporary directory
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Polls until a condition holds or a generous timeout passes.</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<bool> condition, TimeSpan timeout, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(200));
        }

        return true;
    }
}
