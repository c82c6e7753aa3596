using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using static Webhooks.Storage.PostgreSql.PostgreSqlValues;

namespace Webhooks.Storage.PostgreSql;

/// <summary>
/// The inbox on PostgreSQL, shared by every instance that uses the same database and schema: workers claim rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so that they never wait for each other or take the same row, and a commit that stored
/// deliveries notifies the other instances' listeners (<see cref="IWebhookInboxListener"/>).
/// </summary>
/// <remarks>
/// Every statement that changes a row is one statement, so one transaction, committed before the method returns, with
/// the server's <c>synchronous_commit</c> (by default <c>on</c>: the commit is flushed to disk before it is acknowledged).
/// </remarks>
public sealed partial class PostgreSqlInboxStore : IWebhookInboxStore, IWebhookInboxListener, IAsyncDisposable, IDisposable
{
    private const string ClaimColumns = "id, provider, delivery_id, handler, event_type, headers, body, signed_at, received_at, trace_parent, attempts, due_at";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgreSqlStorageOptions _options;
    private readonly ILogger _logger;
    private readonly int _commandTimeout;
    private readonly string _table;
    private readonly string _attempts;
    private readonly string _channel;

    /// <summary>
    /// Creates a store on <paramref name="dataSource"/>, which stays the caller's to dispose. Its connection string's
    /// timeouts apply to opening connections; <see cref="PostgreSqlStorageOptions.CommandTimeout"/> to every statement.
    /// </summary>
    public PostgreSqlInboxStore(NpgsqlDataSource dataSource, PostgreSqlStorageOptions? options = null, ILogger<PostgreSqlInboxStore>? logger = null)
        : this(dataSource, ownsDataSource: false, options ?? new PostgreSqlStorageOptions(), logger)
    {
    }

    /// <summary>
    /// Creates a store on a data source of its own built from <paramref name="connectionString"/>, with
    /// <see cref="PostgreSqlStorageOptions.ConnectTimeout"/> unless the connection string sets <c>Timeout</c>.
    /// </summary>
    public PostgreSqlInboxStore(string connectionString, PostgreSqlStorageOptions? options = null, ILogger<PostgreSqlInboxStore>? logger = null)
        : this(Build(connectionString, options ??= new PostgreSqlStorageOptions()), ownsDataSource: true, options, logger)
    {
    }

    private PostgreSqlInboxStore(NpgsqlDataSource dataSource, bool ownsDataSource, PostgreSqlStorageOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        options.Validate();
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _commandTimeout = PostgreSqlStorageOptions.Seconds(options.CommandTimeout);
        _table = $"{options.Schema}.{PostgreSqlSchema.Table}";
        _attempts = $"{options.Schema}.{PostgreSqlSchema.AttemptsTable}";
        _channel = $"{options.Schema}_inbox";
    }

    /// <summary>The data source the store runs its statements on.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    /// <inheritdoc />
    public async ValueTask InitializeAsync(CancellationToken cancellationToken) =>
        await PostgreSqlSchema.MigrateAsync(_dataSource, _options.Schema, Math.Max(_commandTimeout, PostgreSqlSchema.MinimumTimeoutSeconds), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var stored = new bool[deliveries.Count];
        if (deliveries.Count == 0)
        {
            return stored;
        }

        // A key twice in one batch is stored once, as its first occurrence; later ones are duplicates like any other.
        var first = new Dictionary<(string Provider, string DeliveryId), int>(deliveries.Count);
        var batch = new List<InboxEntry>(deliveries.Count);
        for (var i = 0; i < deliveries.Count; i++)
        {
            if (first.TryAdd((deliveries[i].Provider, deliveries[i].DeliveryId), i))
            {
                batch.Add(deliveries[i]);
            }
        }

        // Every instance inserts in the same key order, so that two batches sharing keys (a redelivery that reached two
        // instances at once) wait for each other instead of deadlocking, which would fail both whole batches.
        batch.Sort(static (a, b) =>
            string.CompareOrdinal(a.Provider, b.Provider) is var byProvider and not 0 ? byProvider : string.CompareOrdinal(a.DeliveryId, b.DeliveryId));

        // One multi-row INSERT from arrays: one statement, one round trip and one commit (one WAL flush) for the batch.
        // pg_notify runs once per stored row, but PostgreSQL folds identical notifications of a transaction into one and
        // delivers it at commit, so listeners wake once, and only when something was stored.
        await using var add = Command($"""
            WITH stored AS (
                INSERT INTO {_table} (provider, delivery_id, queued, handler, event_type, status, attempts, received_at, due_at, signed_at, trace_parent, headers, body)
                SELECT provider, delivery_id, true, handler, event_type, 0, 0, received_at, received_at, signed_at, trace_parent, headers, body
                FROM unnest(@providers, @delivery_ids, @handlers, @event_types, @received_at, @signed_at, @trace_parents, @headers, @bodies)
                    AS batch (provider, delivery_id, handler, event_type, received_at, signed_at, trace_parent, headers, body)
                ON CONFLICT (provider, delivery_id) DO NOTHING
                RETURNING provider, delivery_id)
            SELECT provider, delivery_id, pg_notify(@channel, '')::text FROM stored
            """);
        add.Parameters.Add(Array("providers", NpgsqlDbType.Text, batch, static e => e.Provider));
        add.Parameters.Add(Array("delivery_ids", NpgsqlDbType.Text, batch, static e => e.DeliveryId));
        add.Parameters.Add(Array("handlers", NpgsqlDbType.Text, batch, static e => e.Handler));
        add.Parameters.Add(Array("event_types", NpgsqlDbType.Text, batch, static e => e.EventType));
        add.Parameters.Add(Array("received_at", NpgsqlDbType.TimestampTz, batch, static e => e.ReceivedAt.ToUniversalTime()));
        add.Parameters.Add(Array("signed_at", NpgsqlDbType.TimestampTz, batch, static e => e.SignedAt?.ToUniversalTime()));
        add.Parameters.Add(Array("trace_parents", NpgsqlDbType.Text, batch, static e => e.TraceParent));
        add.Parameters.Add(Array("headers", NpgsqlDbType.Bytea, batch, static e => e.Headers));
        add.Parameters.Add(Array("bodies", NpgsqlDbType.Bytea, batch, static e => e.Body));
        add.Parameters.Add(Text("channel", _channel));

        // The rows arrive before the statement's implicit transaction commits; disposing the reader reads on to the
        // server's ReadyForQuery, which comes after the commit is flushed, and throws if the commit failed.
        await using (var reader = await add.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[first[(reader.GetString(0), reader.GetString(1))]] = true;
            }
        }

        return stored;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }

        // Rows another claimer has locked are skipped, not waited for; a row it claimed meanwhile is re-checked against
        // the WHERE clause once its lock is free, and is no longer pending then, so no row is claimed twice.
        // "= ANY (ARRAY(…))" rather than "IN (…)": the ids are computed once and looked up by primary key whatever the
        // planner guesses about @max; with a generic plan (a prepared statement), IN can become a scan of the table.
        await using var claim = Command($"""
            UPDATE {_table} SET status = 1, attempts = attempts + 1, lease_until = @until, claim_token = @token, claimed_at = @now
            WHERE id = ANY (ARRAY(
                SELECT id FROM {_table}
                WHERE queued AND status IN (0, 1) AND due_at <= @now AND (status = 0 OR lease_until <= @now)
                ORDER BY due_at, id
                LIMIT @max
                FOR UPDATE SKIP LOCKED))
            RETURNING {ClaimColumns}
            """);
        claim.Parameters.Add(Time("until", lease.Until));
        claim.Parameters.Add(Token("token", lease.Token));
        claim.Parameters.Add(Time("now", lease.Now));
        claim.Parameters.Add(Int("max", max));

        var claims = new List<(DateTimeOffset DueAt, InboxClaim Claim)>(max);
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claims.Add((Time(reader, 11), new InboxClaim(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    Bytes(reader, 5), Bytes(reader, 6), NullableTime(reader, 7), Time(reader, 8), NullableString(reader, 9),
                    reader.GetInt32(10))));
            }
        }

        // RETURNING's order is not defined.
        claims.Sort(static (a, b) => a.DueAt != b.DueAt ? a.DueAt.CompareTo(b.DueAt) : a.Claim.Id.CompareTo(b.Claim.Id));
        return claims.ConvertAll(static c => c.Claim);
    }

    /// <inheritdoc />
    public async ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var renew = Command($"UPDATE {_table} SET lease_until = @until WHERE id = ANY(@ids) AND claim_token = @token AND status = 1");
        renew.Parameters.Add(Time("until", lease.Until));
        renew.Parameters.Add(Ids("ids", ids));
        renew.Parameters.Add(Token("token", lease.Token));
        return await renew.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completions);
        foreach (var (_, _, outcome) in completions)
        {
            if (outcome.Status is not (InboxStatus.Processed or InboxStatus.Pending or InboxStatus.Dead) ||
                (outcome.Status == InboxStatus.Pending && outcome.DueAt is null))
            {
                throw new ArgumentException($"An attempt ends Processed, Pending with a due time, or Dead; not {outcome.Status}{(outcome.DueAt is null ? " without a due time" : "")}.", nameof(completions));
            }
        }

        var recorded = new bool[completions.Count];
        if (completions.Count == 0)
        {
            return recorded;
        }

        // One statement from arrays: one round trip and one commit (one WAL flush) for the batch. Rows are changed only
        // under their holder's token, so batches of two instances don't contend for rows. The last error stays when a
        // later attempt succeeds: it is what happened on the way. Each attempt goes into the history from the row as the
        // update left it (its attempt number and claim time), only when the row was still held under its token; the
        // ids the INSERT returns tell which were.
        await using var complete = Command($"""
            WITH batch AS (
                SELECT * FROM unnest(@ids, @tokens, @statuses, @dues, @ats, @errors) AS b (id, token, status, due, at, error)),
            done AS (
                UPDATE {_table} AS t SET status = b.status, due_at = b.due, lease_until = NULL, claim_token = NULL,
                    processed_at = CASE WHEN b.status = 2 THEN b.at ELSE t.processed_at END,
                    last_error = COALESCE(b.error, t.last_error)
                FROM batch AS b
                WHERE t.id = b.id AND t.claim_token = b.token AND t.status = 1
                RETURNING t.id, t.attempts, t.claimed_at, b.status, b.at, b.error)
            INSERT INTO {_attempts} (inbox_id, attempt, started_at, ended_at, outcome, error)
            SELECT id, attempts, COALESCE(claimed_at, at), at, status, error FROM done
            RETURNING inbox_id
            """);
        complete.Parameters.Add(CompletionArray("ids", NpgsqlDbType.Bigint, completions, static c => c.Id));
        complete.Parameters.Add(CompletionArray("tokens", NpgsqlDbType.Uuid, completions, static c => c.ClaimToken));
        complete.Parameters.Add(CompletionArray("statuses", NpgsqlDbType.Smallint, completions, static c => (short)c.Outcome.Status));
        complete.Parameters.Add(CompletionArray("dues", NpgsqlDbType.TimestampTz, completions,
            static c => c.Outcome.Status == InboxStatus.Pending ? c.Outcome.DueAt?.ToUniversalTime() : null));
        complete.Parameters.Add(CompletionArray("ats", NpgsqlDbType.TimestampTz, completions, static c => c.Outcome.At.ToUniversalTime()));
        complete.Parameters.Add(CompletionArray("errors", NpgsqlDbType.Text, completions, static c => c.Outcome.Error));

        var positions = new Dictionary<long, int>(completions.Count);
        for (var i = 0; i < completions.Count; i++)
        {
            positions[completions[i].Id] = i;
        }

        // As in AddAsync: disposing the reader reads on to ReadyForQuery, after the commit, and throws if it failed.
        await using (var reader = await complete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                recorded[positions[reader.GetInt64(0)]] = true;
            }
        }

        return recorded;
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var release = Command($"""
            UPDATE {_table} SET status = 0, due_at = @now, attempts = attempts - 1, lease_until = NULL, claim_token = NULL
            WHERE id = ANY(@ids) AND claim_token = @token AND status = 1
            """);
        release.Parameters.Add(Time("now", now));
        release.Parameters.Add(Ids("ids", ids));
        release.Parameters.Add(Token("token", claimToken));
        await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return 0;
        }

        // Processed rows first, then inline claims abandoned by a process that died, together at most limit: bounded, so
        // that retention never holds many locks or writes a large transaction at once. Rows locked by someone else (a
        // redelivery taking an abandoned claim over) are skipped, and deleted, if still due, next time. Their history
        // goes in the same statement (inline rows have none).
        await using var delete = Command($"""
            WITH processed AS (
                SELECT id FROM {_table} WHERE status = 2 AND processed_at < @before
                ORDER BY processed_at LIMIT @limit
                FOR UPDATE SKIP LOCKED),
            abandoned AS (
                SELECT id FROM {_table} WHERE status = 1 AND NOT queued AND lease_until < @before
                ORDER BY lease_until LIMIT @limit - (SELECT count(*) FROM processed)
                FOR UPDATE SKIP LOCKED),
            {DeleteWithHistory("SELECT id FROM processed UNION ALL SELECT id FROM abandoned")}
            """);
        delete.Parameters.Add(Time("before", before));
        delete.Parameters.Add(Int("limit", limit));
        return await CountDeletedAsync(delete, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disposes the data source when the store built it from a connection string.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Disposes the data source when the store built it from a connection string.</summary>
    /// <remarks>A service provider disposed synchronously needs this: it refuses singletons that are only <see cref="IAsyncDisposable"/>.</remarks>
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    private static NpgsqlDataSource Build(string connectionString, PostgreSqlStorageOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options.Validate(); // before building a data source that a throwing constructor would leave undisposed
        var builder = new NpgsqlDataSourceBuilder(connectionString);

        // Npgsql's own builder answers ContainsKey for every keyword it knows; the plain one says what the string sets.
        if (!new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Timeout"))
        {
            builder.ConnectionStringBuilder.Timeout = PostgreSqlStorageOptions.Seconds(options.ConnectTimeout);
        }

        return builder.Build();
    }

    // The end of a WITH that deletes the rows whose ids the query gives, and their history; it returns how many rows.
    // A data-modifying CTE runs whether or not the query reads it. Both deletes read the statement's snapshot: a history
    // row committed after it, by an attempt at a row that the selection then waited for and re-checked (a purge racing
    // a claim and its outcome), stays behind, unreachable (ids are never reused) but not deleted.
    private string DeleteWithHistory(string selectIds) => $"""
        deleted AS (
            DELETE FROM {_table} WHERE id = ANY (ARRAY({selectIds}))
            RETURNING id),
        history AS (
            DELETE FROM {_attempts} WHERE inbox_id = ANY (ARRAY(SELECT id FROM deleted)))
        SELECT count(*)::integer FROM deleted
        """;

    private static async Task<int> CountDeletedAsync(NpgsqlCommand delete, CancellationToken cancellationToken) =>
        (int)(await delete.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;

    private NpgsqlCommand Command(string sql)
    {
        var command = _dataSource.CreateCommand(sql);
        command.CommandTimeout = _commandTimeout;
        return command;
    }

    private static NpgsqlParameter CompletionArray<T>(string name, NpgsqlDbType elementType, IReadOnlyList<InboxCompletion> batch, Func<InboxCompletion, T> value) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = batch.Select(value).ToArray() };

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType elementType, List<InboxEntry> batch, Func<InboxEntry, T> value) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = batch.ConvertAll(e => value(e)).ToArray() };
}
