using Microsoft.Data.Sqlite;
using Webhooks.Inbox.Storage;
using Webhooks.Storage.Sqlite;

namespace Webhooks.Storage.Tests.Sqlite;

/// <summary>The inbox contract on SQLite: a fresh database file in a temporary folder per test.</summary>
public sealed class SqliteInboxStoreTests : InboxStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webhooks-sqlite-").FullName;

    protected override async Task<IWebhookInboxStore> CreateStoreAsync()
    {
        var store = new SqliteInboxStore(new SqliteStorageOptions { ConnectionString = "Data Source=inbox.db" }, _folder);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override async Task<long> CountHistoryRowsAsync(long id)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteInboxStore)Store).DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM webhooks_inbox_attempts WHERE inbox_id = $id";
        count.Parameters.AddWithValue("$id", id);
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }

    protected override async Task DeleteStoreAsync(IWebhookInboxStore store)
    {
        await base.DeleteStoreAsync(store);

        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
