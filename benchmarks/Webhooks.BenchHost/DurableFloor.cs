using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Webhooks.Benchmarks;

/// <summary>
/// The durable floor of benchmarks/e2e.sh: what a team would hand-write to keep every webhook before answering it.
/// Verify the GitHub HMAC, then one <c>INSERT</c> (provider, delivery id, headers, body) committed on its own (SQLite's
/// autocommit: one transaction and one sync to disk per request), then 200. The same settings as our SQLite storage:
/// WAL, <c>synchronous = FULL</c>, a unique (provider, delivery id) so that a redelivery stores nothing.
/// </summary>
/// <remarks>
/// Two ways a team would reach the database. <see cref="SharedConnection"/> (target <c>durable-floor</c>, the one the
/// goal is measured against): one connection opened at start-up, one insert at a time under an async lock, because
/// SQLite has one writer anyway. <see cref="PooledConnections"/> (target <c>durable-floor-pool</c>): a connection per
/// request from Microsoft.Data.Sqlite's pool, as its samples do, with SQLite's busy timeout so that concurrent writers
/// wait for the lock instead of failing.
/// </remarks>
public static class DurableFloor
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS deliveries (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            headers BLOB NOT NULL,
            body BLOB NOT NULL,
            UNIQUE (provider, delivery_id));
        """;

    private const string Insert = """
        INSERT INTO deliveries (provider, delivery_id, received_at, headers, body) VALUES ($provider, $id, $received, $headers, $body)
        ON CONFLICT (provider, delivery_id) DO NOTHING
        """;

    public static long Stored;

    public static void SharedConnection(WebApplication app, string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, Schema);
        Execute(connection, "PRAGMA synchronous = FULL");
        var insert = Prepare(connection);
        var gate = new SemaphoreSlim(1, 1);
        app.Lifetime.ApplicationStopped.Register(connection.Dispose);
        var hmac = NewHmac();
        app.MapPost("/webhooks/github", async (HttpRequest request) =>
        {
            var (body, id) = await ReadVerifiedAsync(request, hmac.Value!);
            if (body is null)
            {
                return Results.Unauthorized();
            }

            var headers = Headers(request.Headers);
            await gate.WaitAsync();
            try
            {
                Bind(insert, id, headers, body);
                await insert.ExecuteNonQueryAsync();
            }
            finally
            {
                gate.Release();
            }

            Interlocked.Increment(ref Stored);
            return Results.Ok();
        });
    }

    public static void PooledConnections(WebApplication app, string database)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Pooling = true }.ToString();
        using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            Execute(setup, Schema);
        }

        var hmac = NewHmac();
        app.MapPost("/webhooks/github", async (HttpRequest request) =>
        {
            var (body, id) = await ReadVerifiedAsync(request, hmac.Value!);
            if (body is null)
            {
                return Results.Unauthorized();
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
            using var insert = Prepare(connection);
            Bind(insert, id, Headers(request.Headers), body);
            await insert.ExecuteNonQueryAsync();
            Interlocked.Increment(ref Stored);
            return Results.Ok();
        });
    }

    internal static ThreadLocal<IncrementalHash> NewHmac() =>
        new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(Deliveries.GitHubSecret)));

    // The existing floor's HMAC check (a keyed context per thread, constant-time comparison); nothing is deserialized,
    // the raw body is what is stored. DurableFloorPostgres shares it.
    internal static async Task<(byte[]? Body, string Id)> ReadVerifiedAsync(HttpRequest request, IncrementalHash hmac)
    {
        var body = new byte[(int)request.ContentLength.GetValueOrDefault()];
        await request.Body.ReadExactlyAsync(body);
        var signature = request.Headers["X-Hub-Signature-256"].ToString();
        var id = request.Headers["X-GitHub-Delivery"].ToString();
        if (id.Length == 0 || !signature.StartsWith("sha256=", StringComparison.Ordinal) || signature.Length != "sha256=".Length + 64)
        {
            return (null, id);
        }

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        hmac.AppendData(body);
        hmac.GetHashAndReset(mac);
        return CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(signature.AsSpan("sha256=".Length))) ? (body, id) : (null, id);
    }

    // name:value lines, credentials left out, as a team keeping the headers for its handler would.
    internal static byte[] Headers(IHeaderDictionary headers)
    {
        var text = new StringBuilder();
        foreach (var (name, values) in headers)
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                text.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static SqliteCommand Prepare(SqliteConnection connection)
    {
        var insert = connection.CreateCommand();
        insert.CommandText = Insert;
        insert.Parameters.Add("$provider", SqliteType.Text).Value = "github";
        insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.Add("$received", SqliteType.Integer);
        insert.Parameters.Add("$headers", SqliteType.Blob);
        insert.Parameters.Add("$body", SqliteType.Blob);
        return insert;
    }

    private static void Bind(SqliteCommand insert, string id, byte[] headers, byte[] body)
    {
        insert.Parameters["$id"].Value = id;
        insert.Parameters["$received"].Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        insert.Parameters["$headers"].Value = headers;
        insert.Parameters["$body"].Value = body;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
