using Npgsql;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>Creating and versioning the schema at start-up, when several instances start at once.</summary>
public sealed class PostgreSqlSchemaTests : IAsyncLifetime
{
    private readonly string _schema = PostgreSqlTestSchema.NewName();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgreSqlTestSchema.DropAsync(_schema);

    [PostgreSqlFact]
    public async Task Instances_initializing_a_new_schema_at_once_all_succeed_and_record_the_version_once()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema })).ToList();
        try
        {
            using var start = new ManualResetEventSlim();
            var initializations = stores.Select(store => Task.Run(async () =>
            {
                start.Wait();
                await store.InitializeAsync(CancellationToken.None);
            })).ToList();
            start.Set();

            await Task.WhenAll(initializations);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        Assert.Equal(1L, await PostgreSqlTestSchema.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.schema_versions"));
        Assert.Equal(1, await PostgreSqlTestSchema.ScalarAsync<int>($"SELECT max(version) FROM {_schema}.schema_versions"));
        Assert.Equal(0L, await PostgreSqlTestSchema.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.webhooks_inbox"));
    }

    [PostgreSqlFact]
    public async Task Initialize_refuses_a_schema_newer_than_this_code()
    {
        await using (var current = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema }))
        {
            await current.InitializeAsync(CancellationToken.None);
        }

        await PostgreSqlTestSchema.ScalarAsync<object>($"INSERT INTO {_schema}.schema_versions (version) VALUES (99); SELECT 1");
        await using var old = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await old.InitializeAsync(CancellationToken.None));
        Assert.Contains("version 99", error.Message);
    }

    [PostgreSqlFact]
    public async Task Initialize_creates_the_indexes_that_claims_and_retention_scan()
    {
        await using var store = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema });
        await store.InitializeAsync(CancellationToken.None);

        var indexes = await PostgreSqlTestSchema.ScalarAsync<string[]>(
            $"SELECT array_agg(indexdef ORDER BY indexname) FROM pg_indexes WHERE schemaname = '{_schema}' AND tablename = 'webhooks_inbox'");

        Assert.Contains(indexes, i => i.Contains("UNIQUE", StringComparison.Ordinal) && i.Contains("(provider, delivery_id)", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("(due_at, id) WHERE (queued AND (status = ANY", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("(processed_at) WHERE (status = 2)", StringComparison.Ordinal));
    }

    [PostgreSqlFact]
    public async Task Initialize_creates_the_history_table_keyed_by_delivery_and_the_claim_time_column()
    {
        await using var store = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema });
        await store.InitializeAsync(CancellationToken.None);

        // A delivery's history is one range of the primary key: GetAsync reads it, purge and retention delete it.
        var indexes = await PostgreSqlTestSchema.ScalarAsync<string[]>(
            $"SELECT array_agg(indexdef ORDER BY indexname) FROM pg_indexes WHERE schemaname = '{_schema}' AND tablename = 'webhooks_inbox_attempts'");
        var claimedAt = await PostgreSqlTestSchema.ScalarAsync<string>(
            $"SELECT data_type FROM information_schema.columns WHERE table_schema = '{_schema}' AND table_name = 'webhooks_inbox' AND column_name = 'claimed_at'");

        Assert.Contains(indexes, i => i.Contains("UNIQUE", StringComparison.Ordinal) && i.Contains("(inbox_id, id)", StringComparison.Ordinal));
        Assert.Equal("timestamp with time zone", claimedAt);
        Assert.Equal(1, await PostgreSqlTestSchema.ScalarAsync<int>($"SELECT max(version) FROM {_schema}.schema_versions"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Webhooks")]
    [InlineData("webhooks; DROP TABLE x")]
    [InlineData("1webhooks")]
    [InlineData("a_schema_name_that_is_longer_than_forty_eight_chars")]
    public void A_schema_name_that_would_need_quoting_or_is_too_long_is_refused(string schema)
    {
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1");

        var error = Assert.Throws<InvalidOperationException>(() => new PostgreSqlInboxStore(dataSource, new PostgreSqlStorageOptions { Schema = schema }));

        Assert.Contains("schema", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_of_zero_which_Npgsql_reads_as_forever_is_refused()
    {
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1");

        Assert.Throws<InvalidOperationException>(() => new PostgreSqlInboxStore(dataSource, new PostgreSqlStorageOptions { CommandTimeout = TimeSpan.Zero }));
    }
}
