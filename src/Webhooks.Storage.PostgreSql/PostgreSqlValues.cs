using Npgsql;
using NpgsqlTypes;

namespace Webhooks.Storage.PostgreSql;

/// <summary>
/// How values cross to PostgreSQL: times as <c>timestamptz</c> in UTC (Npgsql writes only offset zero, and reads UTC
/// back), which PostgreSQL keeps to the microsecond; bodies and headers as <c>bytea</c>.
/// </summary>
internal static class PostgreSqlValues
{
    public static NpgsqlParameter Time(string name, DateTimeOffset time) =>
        new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = time.ToUniversalTime() };

    public static NpgsqlParameter Time(string name, DateTimeOffset? time) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = time is { } t ? t.ToUniversalTime() : DBNull.Value };

    public static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter Int(string name, int value) => new NpgsqlParameter<int>(name, NpgsqlDbType.Integer) { TypedValue = value };

    public static NpgsqlParameter Long(string name, long value) => new NpgsqlParameter<long>(name, NpgsqlDbType.Bigint) { TypedValue = value };

    public static NpgsqlParameter Ids(string name, IReadOnlyList<long> ids) =>
        new NpgsqlParameter<long[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. ids] };

    public static NpgsqlParameter Token(string name, Guid token) => new NpgsqlParameter<Guid>(name, NpgsqlDbType.Uuid) { TypedValue = token };

    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static byte[] Bytes(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);
}
