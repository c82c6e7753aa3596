using Npgsql;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>A store made from a connection string bounds how long opening a connection may take.</summary>
public sealed class PostgreSqlConnectTimeoutTests
{
    [Fact]
    public async Task A_connection_string_without_a_timeout_gets_the_options_connect_timeout()
    {
        await using var store = new PostgreSqlInboxStore("Host=127.0.0.1;Username=postgres", new PostgreSqlStorageOptions { ConnectTimeout = TimeSpan.FromSeconds(3) });

        Assert.Equal(3, new NpgsqlConnectionStringBuilder(store.DataSource.ConnectionString).Timeout);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Timeout=9")]
    [InlineData("Host=127.0.0.1;timeout=9")]
    public async Task A_timeout_in_the_connection_string_is_kept(string connectionString)
    {
        await using var store = new PostgreSqlInboxStore(connectionString, new PostgreSqlStorageOptions { ConnectTimeout = TimeSpan.FromSeconds(3) });

        Assert.Equal(9, new NpgsqlConnectionStringBuilder(store.DataSource.ConnectionString).Timeout);
    }
}
