using Npgsql;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>A database that stops answering fails the store's calls instead of holding them forever.</summary>
public sealed class PostgreSqlTimeoutTests : IAsyncLifetime
{
    private readonly string _schema = PostgreSqlTestSchema.NewName();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgreSqlTestSchema.DropAsync(_schema);

    [PostgreSqlFact]
    public async Task A_statement_blocked_past_the_command_timeout_fails()
    {
        // The schema first, at the default timeout: on a loaded machine its DDL can take longer than the second under test.
        await using (var setup = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema }))
        {
            await setup.InitializeAsync(CancellationToken.None);
        }

        await using var store = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema, CommandTimeout = TimeSpan.FromSeconds(1) });

        // Another session holds the table, as a stuck migration or a hung server would.
        await using var blocker = new NpgsqlConnection(PostgreSqlTestServer.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {_schema}.webhooks_inbox IN ACCESS EXCLUSIVE MODE", blocker))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        InboxEntry entry = new("stripe", "evt_1", "App.StripeWebhooks", "invoice.paid", [], [0x7b, 0x7d], null, DateTimeOffset.UtcNow, null);
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await store.AddAsync([entry], CancellationToken.None));

        Assert.True(error is NpgsqlException or TimeoutException, error.ToString());
        await transaction.RollbackAsync();
        Assert.Equal(new[] { true }, await store.AddAsync([entry], CancellationToken.None));
    }
}
