using Npgsql;
using Webhooks.Inbox;
using static Webhooks.Storage.PostgreSql.PostgreSqlValues;

namespace Webhooks.Storage.PostgreSql;

// Inspection, replay and purge: what the admin API and the dashboard call. They see queued rows only.
public sealed partial class PostgreSqlInboxStore
{
    private const string SummaryColumns = "id, provider, delivery_id, handler, event_type, status, attempts, received_at, due_at, processed_at, last_error";

    /// <inheritdoc />
    public async ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken)
    {
        // The row and its history in one round trip (two statements of a batch). Oldest first: by when each attempt
        // ended, then in the order they were recorded.
        await using var get = _dataSource.CreateBatch();
        get.Timeout = _commandTimeout;
        get.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT {SummaryColumns}, signed_at, trace_parent, headers, body FROM {_table} WHERE id = @id AND queued")
        {
            Parameters = { Long("id", id) },
        });
        get.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT attempt, started_at, ended_at, outcome, error FROM {_attempts}
            WHERE inbox_id = @id ORDER BY ended_at, id
            """)
        {
            Parameters = { Long("id", id) },
        });
        await using var reader = await get.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var summary = Summary(reader);
        var delivery = new InboxDelivery(
            summary.Id, summary.Provider, summary.DeliveryId, summary.Handler, summary.EventType, summary.Status, summary.Attempts,
            summary.ReceivedAt, summary.DueAt, summary.ProcessedAt, summary.LastError,
            NullableTime(reader, 11), NullableString(reader, 12), Bytes(reader, 13), Bytes(reader, 14));

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var history = new List<InboxAttemptRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            history.Add(new InboxAttemptRecord(reader.GetInt32(0), Time(reader, 1), Time(reader, 2), (InboxStatus)reader.GetInt16(3), NullableString(reader, 4)));
        }

        return delivery with { History = history };
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var list = Command("");
        var where = PostgreSqlFilter.Where(list, filter);
        if (beforeId is { } before)
        {
            where.Append(" AND id < @before_id");
            list.Parameters.Add(Long("before_id", before));
        }

        list.CommandText = $"SELECT {SummaryColumns} FROM {_table} WHERE {where} ORDER BY id DESC LIMIT @limit";
        list.Parameters.Add(Int("limit", limit));
        var summaries = new List<InboxDeliverySummary>();
        await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(Summary(reader));
        }

        return summaries;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        // FOR UPDATE waits for a row that a worker is changing and then re-checks it, so that a row claimed meanwhile
        // (status 1) is left to its worker rather than reset under it.
        await using var replay = Command("");
        var where = PostgreSqlFilter.Where(replay, filter);
        replay.CommandText = $"""
            UPDATE {_table} SET status = 0, due_at = @now, attempts = 0, processed_at = NULL, lease_until = NULL, claim_token = NULL
            WHERE id = ANY (ARRAY(
                SELECT id FROM {_table} WHERE {where} AND status <> 1 AND id > @after_id
                ORDER BY id LIMIT @limit
                FOR UPDATE))
            RETURNING id
            """;
        replay.Parameters.Add(Time("now", now));
        replay.Parameters.Add(Long("after_id", afterId));
        replay.Parameters.Add(Int("limit", limit));
        var ids = new List<long>();
        await using (var reader = await replay.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        ids.Sort(); // RETURNING's order is not defined
        return ids;
    }

    /// <inheritdoc />
    public async ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return 0;
        }

        await using var purge = Command("");
        var where = PostgreSqlFilter.Where(purge, filter);
        purge.CommandText = $"""
            WITH {DeleteWithHistory($"SELECT id FROM {_table} WHERE {where} AND status <> 1 ORDER BY id LIMIT @limit FOR UPDATE")}
            """;
        purge.Parameters.Add(Int("limit", limit));
        return await CountDeletedAsync(purge, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken)
    {
        await using var count = Command($"""
            SELECT provider, status, count(*), min(received_at) FROM {_table}
            WHERE queued GROUP BY provider, status ORDER BY provider, status
            """);
        var counts = new List<InboxCounts>();
        await using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new InboxCounts(reader.GetString(0), (InboxStatus)reader.GetInt16(1), reader.GetInt64(2), Time(reader, 3)));
        }

        return counts;
    }

    private static InboxDeliverySummary Summary(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        (InboxStatus)reader.GetInt16(5), reader.GetInt32(6), Time(reader, 7), NullableTime(reader, 8), NullableTime(reader, 9),
        NullableString(reader, 10));
}
