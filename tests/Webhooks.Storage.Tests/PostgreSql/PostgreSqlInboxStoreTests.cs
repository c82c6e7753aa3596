using Webhooks.Inbox.Storage;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>The inbox contract on PostgreSQL: a fresh schema per test on the test server, dropped afterwards.</summary>
[NeedsPostgreSql]
public sealed class PostgreSqlInboxStoreTests : InboxStoreContract
{
    private readonly string _schema = PostgreSqlTestSchema.NewName();

    protected override async Task<IWebhookInboxStore> CreateStoreAsync()
    {
        var store = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, new PostgreSqlStorageOptions { Schema = _schema });
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task<long> CountHistoryRowsAsync(long id) =>
        PostgreSqlTestSchema.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.webhooks_inbox_attempts WHERE inbox_id = {id}");

    protected override async Task DeleteStoreAsync(IWebhookInboxStore store)
    {
        await base.DeleteStoreAsync(store);
        await PostgreSqlTestSchema.DropAsync(_schema);
    }
}
