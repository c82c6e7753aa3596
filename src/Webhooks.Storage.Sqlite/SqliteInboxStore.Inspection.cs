using System.Text;
using Microsoft.Data.Sqlite;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using static Webhooks.Storage.Sqlite.SqliteValues;

namespace Webhooks.Storage.Sqlite;

// Inspection, replay and purge: what the admin API and the dashboard call. Reads use connections of their own.
public sealed partial class SqliteInboxStore
{
    private const string SummaryColumns = "id, provider, delivery_id, handler, event_type, status, attempts, received_at, due_at, processed_at, last_error";

    /// <inheritdoc />
    public ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken)
    {
        using var connection = Open(writer: false);
        using var get = Command(connection, $"SELECT {SummaryColumns}, signed_at, trace_parent, b.headers, b.body FROM {T} LEFT JOIN {B} b ON b.inbox_id = id WHERE id = $id AND queued = 1");
        get.Parameters.AddWithValue("$id", id);
        using var reader = get.ExecuteReader();
        if (!reader.Read())
        {
            return ValueTask.FromResult<InboxDelivery?>(null);
        }

        var summary = Summary(reader);
        var delivery = new InboxDelivery(
            summary.Id, summary.Provider, summary.DeliveryId, summary.Handler, summary.EventType, summary.Status, summary.Attempts,
            summary.ReceivedAt, summary.DueAt, summary.ProcessedAt, summary.LastError,
            NullableTime(reader, 11), NullableString(reader, 12), Bytes(reader, 13), Bytes(reader, 14));
        return ValueTask.FromResult<InboxDelivery?>(delivery with { History = History(connection, id) });
    }

    private static List<InboxAttemptRecord> History(SqliteConnection connection, long id)
    {
        using var history = Command(connection, $"SELECT attempt, started_at, ended_at, outcome, error FROM {A} WHERE inbox_id = $id ORDER BY ended_at, rowid");
        history.Parameters.AddWithValue("$id", id);
        var attempts = new List<InboxAttemptRecord>();
        using var reader = history.ExecuteReader();
        while (reader.Read())
        {
            attempts.Add(new InboxAttemptRecord(reader.GetInt32(0), Time(reader, 1), Time(reader, 2), (InboxStatus)reader.GetInt32(3), NullableString(reader, 4)));
        }

        return attempts;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        using var connection = Open(writer: false);
        using var list = Command(connection, "");
        var where = Where(list, filter);
        if (beforeId is { } before)
        {
            where.Append(" AND id < $before");
            list.Parameters.AddWithValue("$before", before);
        }

        list.CommandText = $"SELECT {SummaryColumns} FROM {T} WHERE {where} ORDER BY id DESC LIMIT $limit";
        list.Parameters.AddWithValue("$limit", limit);
        var summaries = new List<InboxDeliverySummary>();
        using var reader = list.ExecuteReader();
        while (reader.Read())
        {
            summaries.Add(Summary(reader));
        }

        return ValueTask.FromResult<IReadOnlyList<InboxDeliverySummary>>(summaries);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken) => Write(connection =>
    {
        using var replay = Command(connection, "");
        var where = Where(replay, filter);
        replay.CommandText = $"""
            UPDATE {T} SET status = 0, due_at = $now, attempts = 0, processed_at = NULL, lease_until = NULL, claim_token = NULL
            WHERE id IN (SELECT id FROM {T} WHERE {where} AND status <> 1 AND id > $after ORDER BY id LIMIT $limit)
            RETURNING id
            """;
        replay.Parameters.AddWithValue("$now", Millis(now));
        replay.Parameters.AddWithValue("$after", afterId);
        replay.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>();
        using var reader = replay.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        ids.Sort(); // RETURNING's order is not defined
        return (IReadOnlyList<long>)ids;
    }, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken) => Write(connection =>
    {
        using var purge = Command(connection, "");
        var where = Where(purge, filter);
        purge.Parameters.AddWithValue("$limit", limit);
        return DeleteWithHistory(connection, purge, $"SELECT id FROM {T} WHERE {where} AND status <> 1 ORDER BY id LIMIT $limit");
    }, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken)
    {
        using var connection = Open(writer: false);
        using var count = Command(connection, $"SELECT provider, status, COUNT(*), MIN(received_at) FROM {T} WHERE queued = 1 GROUP BY provider, status ORDER BY provider, status");
        var counts = new List<InboxCounts>();
        using var reader = count.ExecuteReader();
        while (reader.Read())
        {
            counts.Add(new InboxCounts(reader.GetString(0), (InboxStatus)reader.GetInt32(1), reader.GetInt64(2), Time(reader, 3)));
        }

        return ValueTask.FromResult<IReadOnlyList<InboxCounts>>(counts);
    }

    private static InboxDeliverySummary Summary(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        (InboxStatus)reader.GetInt32(5), reader.GetInt32(6), Time(reader, 7), NullableTime(reader, 8), NullableTime(reader, 9),
        NullableString(reader, 10));

    // The filter as a WHERE clause over queued rows, its values as parameters of the command.
    private static StringBuilder Where(SqliteCommand command, InboxFilter filter)
    {
        var where = new StringBuilder("queued = 1");
        if (filter.Id is { } id)
        {
            where.Append(" AND id = $filter_id");
            command.Parameters.AddWithValue("$filter_id", id);
        }

        if (filter.Provider is { } provider)
        {
            where.Append(" AND provider = $provider");
            command.Parameters.AddWithValue("$provider", provider);
        }

        if (filter.EventType is { } eventType)
        {
            where.Append(" AND event_type = $event");
            command.Parameters.AddWithValue("$event", eventType);
        }

        if (filter.Status is { } status)
        {
            where.Append(" AND status = $status");
            command.Parameters.AddWithValue("$status", (int)status);
        }

        if (filter.ReceivedFrom is { } from)
        {
            where.Append(" AND received_at >= $from");
            command.Parameters.AddWithValue("$from", Millis(from));
        }

        if (filter.ReceivedBefore is { } to)
        {
            where.Append(" AND received_at < $to");
            command.Parameters.AddWithValue("$to", Millis(to));
        }

        return where;
    }
}
