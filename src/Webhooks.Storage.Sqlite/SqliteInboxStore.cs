using Microsoft.Data.Sqlite;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using static Webhooks.Storage.Sqlite.SqliteValues;

namespace Webhooks.Storage.Sqlite;

/// <summary>
/// The inbox on one SQLite database in WAL mode: every write goes through one connection, one at a time (SQLite has one
/// writer anyway, and a queue in front of it beats connections that wait on its lock); reads use connections of their own.
/// </summary>
/// <remarks>
/// Only the commit that acknowledges deliveries (<see cref="AddAsync"/>) runs at the configured
/// <see cref="SqliteStorageOptions.Synchronous"/> level; claims, leases and outcomes run at <c>NORMAL</c>, which in WAL
/// mode survives a process crash but not a power loss. Losing an outcome to a power loss only means processing the
/// delivery again (at least once, as a crash does), and the next acknowledging commit syncs the log, earlier
/// transactions included. This keeps the workers from paying a sync to disk per delivery.
/// </remarks>
public sealed partial class SqliteInboxStore : IWebhookInboxStore, IDisposable
{
    private const string T = SqliteSchema.Table;
    private const string A = SqliteSchema.AttemptsTable;
    private const string B = SqliteSchema.BodiesTable;
    private const string ClaimColumns = "id, provider, delivery_id, handler, event_type, signed_at, received_at, trace_parent, attempts";

    private readonly string _connectionString;
    private readonly SqliteStorageOptions _options;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private bool _writerSyncsEveryCommit;
    private bool _disposed;

    /// <summary>Creates a store on the database that <paramref name="options"/> names (a relative path is relative to <paramref name="baseDirectory"/>).</summary>
    public SqliteInboxStore(SqliteStorageOptions options, string baseDirectory)
    {
        _options = options;
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            throw new InvalidOperationException("The SQLite webhooks storage's connection string has no Data Source.");
        }

        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        }

        DatabasePath = builder.DataSource;
        _connectionString = builder.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public ValueTask InitializeAsync(CancellationToken cancellationToken) => Write(connection =>
    {
        if (Path.GetDirectoryName(DatabasePath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using (var wal = Command(connection, "PRAGMA journal_mode = WAL"))
        {
            wal.ExecuteNonQuery();
        }

        SqliteSchema.Migrate(connection);
        return true;
    }, cancellationToken).Discard();

    /// <inheritdoc />
    public ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken) => Write(connection =>
    {
        var stored = new bool[deliveries.Count];
        using var transaction = connection.BeginTransaction();
        using var insert = Command(connection, $"""
            INSERT INTO {T} (provider, delivery_id, queued, handler, event_type, status, attempts, received_at, due_at, signed_at, trace_parent)
            VALUES ($provider, $id, 1, $handler, $event, 0, 0, $received, $received, $signed, $trace)
            ON CONFLICT (provider, delivery_id) DO NOTHING
            """);
        var provider = insert.Parameters.Add("$provider", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var handler = insert.Parameters.Add("$handler", SqliteType.Text);
        var eventType = insert.Parameters.Add("$event", SqliteType.Text);
        var received = insert.Parameters.Add("$received", SqliteType.Integer);
        var signed = insert.Parameters.Add("$signed", SqliteType.Integer);
        var trace = insert.Parameters.Add("$trace", SqliteType.Text);
        using var insertBody = Command(connection, $"INSERT INTO {B} (inbox_id, headers, body) VALUES (last_insert_rowid(), $headers, $body)");
        var headers = insertBody.Parameters.Add("$headers", SqliteType.Blob);
        var body = insertBody.Parameters.Add("$body", SqliteType.Blob);
        for (var i = 0; i < deliveries.Count; i++)
        {
            var delivery = deliveries[i];
            provider.Value = delivery.Provider;
            id.Value = delivery.DeliveryId;
            handler.Value = delivery.Handler;
            eventType.Value = delivery.EventType;
            received.Value = Millis(delivery.ReceivedAt);
            signed.Value = Millis(delivery.SignedAt);
            trace.Value = (object?)delivery.TraceParent ?? DBNull.Value;
            stored[i] = insert.ExecuteNonQuery() == 1;
            if (stored[i])
            {
                headers.Value = delivery.Headers;
                body.Value = delivery.Body;
                insertBody.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return stored;
    }, cancellationToken, acknowledges: true);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken) => Write(connection =>
    {
        // Due rows and rows whose lease expired (a worker that died), by due time (as PostgreSQL's claim orders them).
        // Each arm is limited on its own index first: a LIMIT over the union alone sorts every due row, so that a claim's
        // cost grew with the backlog (benchmarks/sqlite-claim-cost.sh: 4.3 ms at 20,000 pending rows against 0.1 ms).
        using var claim = Command(connection, $"""
            UPDATE {T} SET status = 1, attempts = attempts + 1, lease_until = $until, claim_token = $token, claimed_at = $now
            WHERE id IN (
                SELECT id FROM (
                    SELECT * FROM (SELECT id, due_at FROM {T} WHERE status = 0 AND queued = 1 AND due_at <= $now ORDER BY due_at, id LIMIT $max)
                    UNION ALL
                    SELECT * FROM (SELECT id, due_at FROM {T} WHERE status = 1 AND queued = 1 AND lease_until <= $now ORDER BY due_at, id LIMIT $max))
                ORDER BY due_at, id LIMIT $max)
            RETURNING {ClaimColumns}, due_at
            """);
        claim.Parameters.AddWithValue("$until", Millis(lease.Until));
        claim.Parameters.AddWithValue("$token", lease.Token.ToByteArray());
        claim.Parameters.AddWithValue("$now", Millis(lease.Now));
        claim.Parameters.AddWithValue("$max", max);
        var claims = new List<(long DueAt, InboxClaim Claim)>();
        using (var reader = claim.ExecuteReader())
        {
            while (reader.Read())
            {
                claims.Add((reader.GetInt64(9), new InboxClaim(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    [], [], NullableTime(reader, 5), Time(reader, 6), NullableString(reader, 7), reader.GetInt32(8))));
            }
        }

        if (claims.Count == 0)
        {
            return [];
        }

        var bodies = Bodies(connection, claims.Select(c => c.Claim.Id).ToList());

        // RETURNING's order is not defined.
        return (IReadOnlyList<InboxClaim>)claims.OrderBy(c => c.DueAt).ThenBy(c => c.Claim.Id)
            .Select(c => bodies.TryGetValue(c.Claim.Id, out var stored) ? c.Claim with { Headers = stored.Headers, Body = stored.Body } : c.Claim)
            .ToList();
    }, cancellationToken);

    private static Dictionary<long, (byte[] Headers, byte[] Body)> Bodies(SqliteConnection connection, IReadOnlyList<long> ids)
    {
        using var select = Command(connection, $"SELECT inbox_id, headers, body FROM {B} WHERE inbox_id IN (SELECT value FROM json_each($ids))");
        select.Parameters.AddWithValue("$ids", JsonArray(ids));
        var bodies = new Dictionary<long, (byte[], byte[])>(ids.Count);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            bodies[reader.GetInt64(0)] = (Bytes(reader, 1), Bytes(reader, 2));
        }

        return bodies;
    }

    /// <inheritdoc />
    public ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken) => Write(connection =>
    {
        using var renew = Command(connection, $"""
            UPDATE {T} SET lease_until = $until
            WHERE id IN (SELECT value FROM json_each($ids)) AND claim_token = $token AND status = 1
            """);
        renew.Parameters.AddWithValue("$until", Millis(lease.Until));
        renew.Parameters.AddWithValue("$token", lease.Token.ToByteArray());
        renew.Parameters.AddWithValue("$ids", JsonArray(ids));
        return renew.ExecuteNonQuery();
    }, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count == 0)
        {
            return ValueTask.FromResult(Array.Empty<bool>());
        }

        // One transaction for the batch: one commit (one sync) for all the outcomes that arrived together.
        return Write(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var complete = Command(connection, $"""
                INSERT INTO {A} (inbox_id, attempt, started_at, ended_at, outcome, error)
                SELECT id, attempts, COALESCE(claimed_at, $at), $at, $status, $error FROM {T} WHERE id = $id AND claim_token = $token AND status = 1;
                UPDATE {T} SET status = $status, due_at = $due, lease_until = NULL, claim_token = NULL,
                    processed_at = CASE WHEN $status = 2 THEN $at ELSE processed_at END,
                    last_error = COALESCE($error, last_error)
                WHERE id = $id AND claim_token = $token AND status = 1
                """);
            var status = complete.Parameters.Add("$status", SqliteType.Integer);
            var due = complete.Parameters.Add("$due", SqliteType.Integer);
            var at = complete.Parameters.Add("$at", SqliteType.Integer);
            var error = complete.Parameters.Add("$error", SqliteType.Text);
            var id = complete.Parameters.Add("$id", SqliteType.Integer);
            var token = complete.Parameters.Add("$token", SqliteType.Blob);
            var recorded = new bool[completions.Count];
            for (var i = 0; i < completions.Count; i++)
            {
                var (rowId, claimToken, outcome) = completions[i];
                status.Value = (int)outcome.Status;
                due.Value = Millis(outcome.DueAt);
                at.Value = Millis(outcome.At);
                error.Value = (object?)outcome.Error ?? DBNull.Value;
                id.Value = rowId;
                token.Value = claimToken.ToByteArray();
                recorded[i] = complete.ExecuteNonQuery() == 2; // the history row and the row itself, or neither
            }

            transaction.Commit();
            return recorded;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken) => Write(connection =>
    {
        using var release = Command(connection, $"""
            UPDATE {T} SET status = 0, due_at = $now, attempts = attempts - 1, lease_until = NULL, claim_token = NULL
            WHERE id IN (SELECT value FROM json_each($ids)) AND claim_token = $token AND status = 1
            """);
        release.Parameters.AddWithValue("$now", Millis(now));
        release.Parameters.AddWithValue("$token", claimToken.ToByteArray());
        release.Parameters.AddWithValue("$ids", JsonArray(ids));
        return release.ExecuteNonQuery();
    }, cancellationToken).Discard();

    /// <inheritdoc />
    public ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken) => Write(connection =>
    {
        using var transaction = connection.BeginTransaction();
        using var find = Command(connection, $"SELECT queued, status, lease_until FROM {T} WHERE provider = $provider AND delivery_id = $id");
        find.Parameters.AddWithValue("$provider", provider);
        find.Parameters.AddWithValue("$id", key);
        string statement;
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read())
            {
                statement = $"INSERT INTO {T} (provider, delivery_id, queued, status, received_at, lease_until) VALUES ($provider, $id, 0, 1, $now, $until)";
            }
            else if (reader.GetInt64(0) == 1 || reader.GetInt32(1) != (int)InboxStatus.Processing)
            {
                return IdempotencyClaim.AlreadyProcessed;
            }
            else if (reader.GetInt64(2) > Millis(lease.Now))
            {
                return IdempotencyClaim.InProgress;
            }
            else
            {
                statement = $"UPDATE {T} SET lease_until = $until WHERE provider = $provider AND delivery_id = $id";
            }
        }

        using var take = Command(connection, statement);
        take.Parameters.AddWithValue("$provider", provider);
        take.Parameters.AddWithValue("$id", key);
        take.Parameters.AddWithValue("$now", Millis(lease.Now));
        take.Parameters.AddWithValue("$until", Millis(lease.Until));
        take.ExecuteNonQuery();
        transaction.Commit();
        return IdempotencyClaim.Claimed;
    }, cancellationToken);

    /// <inheritdoc />
    public ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken) => Write(connection =>
    {
        using var complete = Command(connection, $"""
            UPDATE {T} SET status = 2, processed_at = $now, lease_until = NULL
            WHERE provider = $provider AND delivery_id = $id AND queued = 0
            """);
        complete.Parameters.AddWithValue("$provider", provider);
        complete.Parameters.AddWithValue("$id", key);
        complete.Parameters.AddWithValue("$now", Millis(now));
        return complete.ExecuteNonQuery();
    }, cancellationToken).Discard();

    /// <inheritdoc />
    public ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken) => Write(connection =>
    {
        using var release = Command(connection, $"DELETE FROM {T} WHERE provider = $provider AND delivery_id = $id AND queued = 0 AND status = 1");
        release.Parameters.AddWithValue("$provider", provider);
        release.Parameters.AddWithValue("$id", key);
        return release.ExecuteNonQuery();
    }, cancellationToken).Discard();

    /// <inheritdoc />
    public ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) => Write(connection =>
    {
        var expired = $"""
            SELECT id FROM {T} WHERE status = 2 AND processed_at < $before
            UNION ALL
            SELECT id FROM {T} WHERE status = 1 AND queued = 0 AND lease_until < $before
            ORDER BY id LIMIT $limit
            """;
        using var delete = Command(connection, "");
        delete.Parameters.AddWithValue("$before", Millis(before));
        delete.Parameters.AddWithValue("$limit", limit);
        return DeleteWithHistory(connection, delete, expired);
    }, cancellationToken);

    // Deletes the rows the query selects (it runs three times in one transaction, on one writer, so it selects the same
    // rows), their bodies and their attempt history; returns how many rows.
    private static int DeleteWithHistory(SqliteConnection connection, SqliteCommand delete, string selectIds)
    {
        using var transaction = connection.BeginTransaction();
        delete.Transaction = transaction; // made before the transaction began
        delete.CommandText = $"DELETE FROM {A} WHERE inbox_id IN ({selectIds})";
        delete.ExecuteNonQuery();
        delete.CommandText = $"DELETE FROM {B} WHERE inbox_id IN ({selectIds})";
        delete.ExecuteNonQuery();
        delete.CommandText = $"DELETE FROM {T} WHERE id IN ({selectIds})";
        var deleted = delete.ExecuteNonQuery();
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Waits for a write under way (a shutdown's last release, say): its connection can't close under it.
        _writeGate.Wait();
        try
        {
            _disposed = true;
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // One write at a time, on the one writer connection. A failed write (a full disk, an I/O error) drops the connection,
    // so that the next write starts from a fresh one; the transaction was rolled back.
    private async ValueTask<TResult> Write<TResult>(Func<SqliteConnection, TResult> write, CancellationToken cancellationToken, bool acknowledges = false)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is null)
            {
                _writer = Open(writer: true); // opens at NORMAL
                _writerSyncsEveryCommit = false;
            }

            SetSynchronous(_writer, acknowledges);
            return write(_writer);
        }
        catch (SqliteException)
        {
            _writer?.Dispose();
            _writer = null;
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private void SetSynchronous(SqliteConnection writer, bool acknowledges)
    {
        var syncEveryCommit = acknowledges && _options.Synchronous != SqliteSynchronous.Normal;
        if (syncEveryCommit != _writerSyncsEveryCommit)
        {
            var level = syncEveryCommit ? _options.Synchronous.ToString().ToUpperInvariant() : "NORMAL";
            using var pragma = Command(writer, $"PRAGMA synchronous = {level}");
            pragma.ExecuteNonQuery();
            _writerSyncsEveryCommit = syncEveryCommit;
        }
    }

    private SqliteConnection Open(bool writer)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = Command(connection, writer
                ? $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds};"
                : $"PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds};");
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
