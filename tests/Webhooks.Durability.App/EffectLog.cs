using Microsoft.Data.Sqlite;

namespace Webhooks.Durability.App;

/// <summary>
/// The handlers' side effect, written durably: one appended row per run, in an SQLite file of its own (WAL,
/// synchronous=FULL), committed before the handler returns. A delivery that ran twice has two rows.
/// </summary>
public sealed class EffectLog : IDisposable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            delivery_id TEXT NOT NULL,
            event_type TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            pid INTEGER NOT NULL,
            run_at INTEGER NOT NULL)
        """;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public EffectLog(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA synchronous = FULL");
        Execute("PRAGMA busy_timeout = 10000");
        Execute(Schema);
    }

    /// <summary>Appends a run and commits it (an fsync of the log) before returning.</summary>
    public async Task RecordAsync(string deliveryId, string eventType, int attempt)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            using var insert = _connection.CreateCommand();
            insert.CommandText = "INSERT INTO runs (delivery_id, event_type, attempt, pid, run_at) VALUES ($id, $event, $attempt, $pid, $at)";
            insert.Parameters.AddWithValue("$id", deliveryId);
            insert.Parameters.AddWithValue("$event", eventType);
            insert.Parameters.AddWithValue("$attempt", attempt);
            insert.Parameters.AddWithValue("$pid", Environment.ProcessId);
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery(); // autocommit: durable when this returns
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
