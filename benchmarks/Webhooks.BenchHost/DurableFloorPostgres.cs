using Npgsql;
using NpgsqlTypes;

namespace Webhooks.Benchmarks;

/// <summary>
/// The PostgreSQL durable floor of benchmarks/e2e.sh (target <c>durable-floor-postgres</c>): what a team would
/// hand-write to keep every webhook in PostgreSQL before answering it. Verify the GitHub HMAC (as
/// <see cref="DurableFloor"/>), then one <c>INSERT</c> on a connection from Npgsql's pool, in its own implicit
/// transaction (autocommit: one commit, flushed to disk under the server's <c>synchronous_commit = on</c>, per request),
/// then 200. A unique (provider, delivery id) so that a redelivery stores nothing.
/// </summary>
public static class DurableFloorPostgres
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS deliveries (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            provider text NOT NULL,
            delivery_id text NOT NULL,
            received_at timestamptz NOT NULL,
            headers bytea NOT NULL,
            body bytea NOT NULL,
            UNIQUE (provider, delivery_id))
        """;

    private const string Insert = """
        INSERT INTO deliveries (provider, delivery_id, received_at, headers, body) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (provider, delivery_id) DO NOTHING
        """;

    public static long Stored;

    public static void Map(WebApplication app, string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        using (var create = dataSource.CreateCommand(Schema))
        {
            create.ExecuteNonQuery();
        }

        app.Lifetime.ApplicationStopped.Register(dataSource.Dispose);
        var hmac = DurableFloor.NewHmac();
        app.MapPost("/webhooks/github", async (HttpRequest request) =>
        {
            var (body, id) = await DurableFloor.ReadVerifiedAsync(request, hmac.Value!);
            if (body is null)
            {
                return Results.Unauthorized();
            }

            await using var insert = dataSource.CreateCommand(Insert);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "github", NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id, NpgsqlDbType = NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = DateTime.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = DurableFloor.Headers(request.Headers), NpgsqlDbType = NpgsqlDbType.Bytea });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = body, NpgsqlDbType = NpgsqlDbType.Bytea });
            await insert.ExecuteNonQueryAsync();
            Interlocked.Increment(ref Stored);
            return Results.Ok();
        });
    }
}
