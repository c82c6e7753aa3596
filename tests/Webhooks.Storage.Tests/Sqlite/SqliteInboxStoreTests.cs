using Microsoft.Data.Sqlite;
using Webhooks.Inbox;
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

    [Fact]
    public async Task Bodies_are_deleted_with_their_rows()
    {
        var ids = await AddNewAsync(Entry("evt_kept"), Entry("evt_done"));
        var lease = Lease(T0);
        var claims = await Store.ClaimAsync(2, lease, Ct);
        Assert.Equal("{\"id\":\"evt_done\",\"type\":\"invoice.paid\"}", System.Text.Encoding.UTF8.GetString(claims.Single(c => c.Id == ids[1]).Body));
        await Store.CompleteAsync([new InboxCompletion(ids[1], lease.Token, InboxOutcome.Processed(T0))], Ct);

        Assert.Equal(1, await Store.DeleteProcessedAsync(T0.AddSeconds(1), 10, Ct));

        Assert.Equal([ids[0]], await BodyIdsAsync());
    }

    [Fact]
    public async Task A_version_1_database_is_upgraded_and_keeps_its_deliveries()
    {
        var folder = Directory.CreateTempSubdirectory("webhooks-sqlite-v1-").FullName;
        var path = Path.Combine(folder, "v1.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = Version1Schema + """
                INSERT INTO webhooks_inbox (provider, delivery_id, queued, handler, event_type, status, attempts, received_at, due_at, headers, body)
                VALUES ('stripe', 'evt_old', 1, 'App.StripeWebhooks', 'invoice.paid', 0, 0, 1740830400000, 1740830400000, x'6869', x'7b7d');
                INSERT INTO webhooks_inbox (provider, delivery_id, queued, status, received_at, processed_at) VALUES ('github', 'inline-key', 0, 2, 1740830400000, 1740830400000);
                PRAGMA user_version = 1;
                """;
            create.ExecuteNonQuery();
        }

        using var store = new SqliteInboxStore(new SqliteStorageOptions { ConnectionString = "Data Source=v1.db" }, folder);
        await store.InitializeAsync(Ct);

        var claim = Assert.Single(await store.ClaimAsync(10, Lease(T0), Ct));
        Assert.Equal(("evt_old", "hi", "{}"), (claim.DeliveryId, System.Text.Encoding.UTF8.GetString(claim.Headers), System.Text.Encoding.UTF8.GetString(claim.Body)));
        Assert.Equal(Webhooks.Idempotency.IdempotencyClaim.AlreadyProcessed, await store.TryClaimInlineAsync("github", "inline-key", Lease(T0), Ct));
        var again = await store.AddAsync([Entry("evt_old")], Ct);
        Assert.Equal([false], again);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_database_of_a_newer_version_stops_start_up()
    {
        await using (var connection = new SqliteConnection($"Data Source={((SqliteInboxStore)Store).DatabasePath}"))
        {
            await connection.OpenAsync(Ct);
            await using var bump = connection.CreateCommand();
            bump.CommandText = "PRAGMA user_version = 99";
            await bump.ExecuteNonQueryAsync(Ct);
        }

        using var again = new SqliteInboxStore(new SqliteStorageOptions { ConnectionString = "Data Source=inbox.db" }, _folder);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => again.InitializeAsync(Ct).AsTask());
        Assert.Contains("schema version 99", refused.Message);
    }

    private async Task<List<long>> BodyIdsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteInboxStore)Store).DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT inbox_id FROM webhooks_inbox_bodies ORDER BY inbox_id";
        var ids = new List<long>();
        await using var reader = await select.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    // The schema as version 1 of Webhooks.Storage.Sqlite created it: headers and body in the row.
    private const string Version1Schema = """
        CREATE TABLE webhooks_inbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL, delivery_id TEXT NOT NULL, queued INTEGER NOT NULL,
            handler TEXT NOT NULL DEFAULT '', event_type TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, received_at INTEGER NOT NULL, due_at INTEGER, lease_until INTEGER,
            claim_token BLOB, claimed_at INTEGER, processed_at INTEGER, last_error TEXT, signed_at INTEGER, trace_parent TEXT,
            headers BLOB, body BLOB, UNIQUE (provider, delivery_id));
        CREATE INDEX webhooks_inbox_due ON webhooks_inbox (due_at) WHERE status = 0 AND queued = 1;
        CREATE INDEX webhooks_inbox_lease ON webhooks_inbox (lease_until) WHERE status = 1;
        CREATE INDEX webhooks_inbox_processed ON webhooks_inbox (processed_at) WHERE status = 2;
        CREATE TABLE webhooks_inbox_attempts (
            inbox_id INTEGER NOT NULL, attempt INTEGER NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL,
            outcome INTEGER NOT NULL, error TEXT);
        CREATE INDEX webhooks_inbox_attempts_inbox ON webhooks_inbox_attempts (inbox_id);

        """;

    protected override async Task DeleteStoreAsync(IWebhookInboxStore store)
    {
        await base.DeleteStoreAsync(store);

        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
