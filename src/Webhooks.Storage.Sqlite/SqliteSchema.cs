using Microsoft.Data.Sqlite;

namespace Webhooks.Storage.Sqlite;

/// <summary>Creates and versions the inbox table (<c>PRAGMA user_version</c> holds the version).</summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Table = "webhooks_inbox";

    public const string AttemptsTable = "webhooks_inbox_attempts";

    // Times are Unix milliseconds. A row without a body is an inline dedupe key (queued = 0).
    private static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            provider TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            queued INTEGER NOT NULL,
            handler TEXT NOT NULL DEFAULT '',
            event_type TEXT NOT NULL DEFAULT '',
            status INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            received_at INTEGER NOT NULL,
            due_at INTEGER,
            lease_until INTEGER,
            claim_token BLOB,
            claimed_at INTEGER,
            processed_at INTEGER,
            last_error TEXT,
            signed_at INTEGER,
            trace_parent TEXT,
            headers BLOB,
            body BLOB,
            UNIQUE (provider, delivery_id));
        CREATE INDEX IF NOT EXISTS {Table}_due ON {Table} (due_at) WHERE status = 0 AND queued = 1;
        CREATE INDEX IF NOT EXISTS {Table}_lease ON {Table} (lease_until) WHERE status = 1;
        CREATE INDEX IF NOT EXISTS {Table}_processed ON {Table} (processed_at) WHERE status = 2;
        CREATE TABLE IF NOT EXISTS {AttemptsTable} (
            inbox_id INTEGER NOT NULL,
            attempt INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER NOT NULL,
            outcome INTEGER NOT NULL,
            error TEXT);
        CREATE INDEX IF NOT EXISTS {AttemptsTable}_inbox ON {AttemptsTable} (inbox_id);
        PRAGMA user_version = {Version};
        """;

    public static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Version)
        {
            throw new InvalidOperationException(
                $"The webhooks database {connection.DataSource} has schema version {current}, newer than this version of Webhooks.Storage.Sqlite knows ({Version}). Upgrade the package, or use another database.");
        }

        if (current < Version)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Create;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
