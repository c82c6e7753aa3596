using System.Text;
using Npgsql;
using NpgsqlTypes;
using Webhooks.Inbox;
using static Webhooks.Storage.PostgreSql.PostgreSqlValues;

namespace Webhooks.Storage.PostgreSql;

/// <summary>An <see cref="InboxFilter"/> as a WHERE clause over queued rows, its values as parameters of the command.</summary>
internal static class PostgreSqlFilter
{
    public static StringBuilder Where(NpgsqlCommand command, InboxFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new StringBuilder("queued");
        if (filter.Id is { } id)
        {
            where.Append(" AND id = @filter_id");
            command.Parameters.Add(Long("filter_id", id));
        }

        if (filter.Provider is { } provider)
        {
            where.Append(" AND provider = @provider");
            command.Parameters.Add(Text("provider", provider));
        }

        if (filter.EventType is { } eventType)
        {
            where.Append(" AND event_type = @event_type");
            command.Parameters.Add(Text("event_type", eventType));
        }

        if (filter.Status is { } status)
        {
            where.Append(" AND status = @status");
            command.Parameters.Add(new NpgsqlParameter<short>("status", NpgsqlDbType.Smallint) { TypedValue = (short)status });
        }

        if (filter.ReceivedFrom is { } from)
        {
            where.Append(" AND received_at >= @received_from");
            command.Parameters.Add(Time("received_from", from));
        }

        if (filter.ReceivedBefore is { } before)
        {
            where.Append(" AND received_at < @received_before");
            command.Parameters.Add(Time("received_before", before));
        }

        return where;
    }
}
