using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Webhooks.Storage.PostgreSql;

/// <summary>
/// Creates and upgrades the inbox's tables in their schema. Each version's DDL runs once, recorded in
/// <c>schema_versions</c>; the whole upgrade runs in one transaction under an advisory lock, so that instances starting
/// at once take turns instead of racing on <c>CREATE</c>, and a failed upgrade leaves nothing half done.
/// </summary>
internal static class PostgreSqlSchema
{
    public const string Table = "webhooks_inbox";

    public const string AttemptsTable = "webhooks_inbox_attempts";

    public const string VersionsTable = "schema_versions";

    // The logical schema is SQLite's (Webhooks.Storage.Sqlite): a row without a body is an inline dedupe key (queued =
    // false). Claims scan one index in due order: pending rows, and leased ones whose lease may have expired (few: only
    // the rows being processed), so that a claim reads about as many rows as it takes, however long the backlog.
    // Retention scans processed rows, and inline claims whose process died before completing or releasing them.
    // Each finished attempt is a row of webhooks_inbox_attempts, keyed by its delivery first, so that a delivery's
    // history is one index range to read and to delete; the store deletes it with its delivery (no foreign key, as in
    // SQLite: the deletes that remove deliveries remove their history in the same statement).
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS {schema}.webhooks_inbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            provider text NOT NULL,
            delivery_id text NOT NULL,
            queued boolean NOT NULL,
            handler text NOT NULL DEFAULT '',
            event_type text NOT NULL DEFAULT '',
            status smallint NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            received_at timestamptz NOT NULL,
            due_at timestamptz,
            lease_until timestamptz,
            claim_token uuid,
            claimed_at timestamptz,
            processed_at timestamptz,
            last_error text,
            signed_at timestamptz,
            trace_parent text,
            headers bytea,
            body bytea,
            CONSTRAINT webhooks_inbox_delivery UNIQUE (provider, delivery_id));
        CREATE INDEX IF NOT EXISTS webhooks_inbox_claimable ON {schema}.webhooks_inbox (due_at, id) WHERE queued AND status IN (0, 1);
        CREATE INDEX IF NOT EXISTS webhooks_inbox_processed ON {schema}.webhooks_inbox (processed_at) WHERE status = 2;
        CREATE INDEX IF NOT EXISTS webhooks_inbox_abandoned ON {schema}.webhooks_inbox (lease_until) WHERE status = 1 AND NOT queued;
        CREATE TABLE IF NOT EXISTS {schema}.webhooks_inbox_attempts (
            inbox_id bigint NOT NULL,
            id bigint GENERATED ALWAYS AS IDENTITY,
            attempt integer NOT NULL,
            started_at timestamptz NOT NULL,
            ended_at timestamptz NOT NULL,
            outcome smallint NOT NULL,
            error text,
            CONSTRAINT webhooks_inbox_attempts_pkey PRIMARY KEY (inbox_id, id));
        """,
    ];

    /// <summary>
    /// The least time a schema statement may take, whatever the command timeout: start-up is not waited on by a sender,
    /// and DDL on a busy server or a stalling disk took longer than the default 5 s in CI.
    /// </summary>
    public const int MinimumTimeoutSeconds = 60;

    /// <summary>The version this code creates and expects.</summary>
    public static int Version => Migrations.Length;

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, int commandTimeout, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Held until the transaction ends; the other instances wait here, then find the schema current and do nothing.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", commandTimeout, cancellationToken, new NpgsqlParameter<long>("key", LockKey(schema)))
            .ConfigureAwait(false);

        var current = await CurrentVersionAsync(connection, schema, commandTimeout, cancellationToken).ConfigureAwait(false);
        if (current > Version)
        {
            throw new InvalidOperationException(
                $"The webhooks schema \"{schema}\" has version {current}, newer than this version of Webhooks.Storage.PostgreSql knows ({Version}). Upgrade the package, or use another schema.");
        }

        for (var version = current + 1; version <= Version; version++)
        {
            await ExecuteAsync(connection, Migrations[version - 1].Replace("{schema}", schema, StringComparison.Ordinal), commandTimeout, cancellationToken)
                .ConfigureAwait(false);
            await ExecuteAsync(connection, $"INSERT INTO {schema}.{VersionsTable} (version) VALUES (@version)", commandTimeout, cancellationToken,
                new NpgsqlParameter<int>("version", version)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, string schema, int commandTimeout, CancellationToken cancellationToken)
    {
        await using (var exists = Command(connection, "SELECT to_regclass(@table) IS NOT NULL", commandTimeout,
            new NpgsqlParameter<string>("table", $"{schema}.{VersionsTable}")))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await using var read = Command(connection, $"SELECT COALESCE(MAX(version), 0) FROM {schema}.{VersionsTable}", commandTimeout);
                return (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
        }

        // CREATE SCHEMA checks the CREATE privilege on the database even when the schema exists: skip it then, so that a
        // role that was given only a schema made for it by an administrator can still start.
        await using (var schemaExists = Command(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)", commandTimeout,
            new NpgsqlParameter<string>("schema", schema)))
        {
            if (!(bool)(await schemaExists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await ExecuteAsync(connection, $"CREATE SCHEMA {schema}", commandTimeout, cancellationToken).ConfigureAwait(false);
            }
        }

        await ExecuteAsync(connection, $"""
            CREATE TABLE {schema}.{VersionsTable} (
                version integer PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, commandTimeout, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    // Advisory locks are one 64-bit number for the whole database: derive it from the schema, so that two schemas
    // (two applications) don't wait for each other, and from a fixed prefix, so that it is unlikely to meet anyone else's.
    private static long LockKey(string schema)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("Webhooks.Storage.PostgreSql schema " + schema), hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int commandTimeout, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, commandTimeout, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, int commandTimeout, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = commandTimeout };
        command.Parameters.AddRange(parameters);
        return command;
    }
}
