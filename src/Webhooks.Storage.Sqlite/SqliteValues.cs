using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Webhooks.Storage.Sqlite;

/// <summary>How values are written to and read from the inbox table: times as Unix milliseconds, id lists as JSON arrays.</summary>
internal static class SqliteValues
{
    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static object Millis(DateTimeOffset? time) => time is { } t ? t.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset Time(SqliteDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? NullableTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static byte[] Bytes(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? [] : (byte[])reader.GetValue(ordinal);

    public static string JsonArray(IReadOnlyList<long> ids)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < ids.Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(ids[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(']').ToString();
    }
}

/// <summary>Turns a write's count into a <see cref="ValueTask"/> for methods that return nothing.</summary>
internal static class ValueTaskExtensions
{
    public static async ValueTask Discard<T>(this ValueTask<T> task) => await task.ConfigureAwait(false);
}
