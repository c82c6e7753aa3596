using Npgsql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>Schemas of the test server that a test creates for itself, so that tests running at once share nothing.</summary>
internal static class PostgreSqlTestSchema
{
    public static string NewName() => $"test_{Guid.NewGuid():N}"[..29];

    public static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgreSqlTestServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task DropAsync(string schema)
    {
        if (PostgreSqlTestServer.SkipReason is null)
        {
            await ScalarAsync<object>($"DROP SCHEMA IF EXISTS {schema} CASCADE; SELECT 1");
        }
    }
}
