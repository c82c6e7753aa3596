using Microsoft.Data.Sqlite;

namespace Webhooks.Storage.Sqlite;

/// <summary>Creates and versions the inbox tables (<c>PRAGMA user_version</c> holds the version).</summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    public const string Table = "webhooks_inbox";

    public const string AttemptsTable = "webhooks_inbox_attempts";

    /// <summary>
    /// A queued delivery's headers and body, apart from its row: a row is rewritten when it is claimed and when its outcome
    /// is recorded, and with the body in it each of those rewrote a page of about 4 KB per delivery into the WAL.
    /// </summary>
    public const string BodiesTable = "webhooks_inbox_bodies";

    private static readonly string CreateBodies = $"""
        CREATE TABLE IF NOT EXISTS {BodiesTable} (
            inbox_id INTEGER PRIMARY KEY,
            headers BLOB NOT NULL,
            body BLOB NOT NULL);
        """;

    // Version 1 kept headers and body in the row.
    private static readonly string Upgrade1To2 = $"""
        {CreateBodies}
        INSERT INTO {BodiesTable} (inbox_id, headers, body) SELECT id, headers, body FROM {Table} WHERE queued = 1 AND body IS NOT NULL;
        ALTER TABLE {Table} DROP COLUMN headers;
        ALTER TABLE {Table} DROP COLUMN body;
        PRAGMA user_version = {Version};
        """;

    // Times are Unix milliseconds. A row with queued = 0 is an inline dedupe key, and has no body.
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
        {CreateBodies}
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
            command.CommandText = current == 1 ? Upgrade1To2 : Create;
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
