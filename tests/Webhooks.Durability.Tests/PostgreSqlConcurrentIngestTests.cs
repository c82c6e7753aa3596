using Webhooks.Inbox.Storage;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Durability.Tests;

/// <summary>
/// Two instances' group commits at the same moment, on one database, with the same delivery ids in another order (a
/// provider's redeliveries reaching two instances in another order than the first deliveries): each id is stored once,
/// and neither batch fails. Found by <see cref="MultiInstanceTests"/>, where such batches now and then fail with
/// <c>40P01: deadlock detected</c> and a whole batch of deliveries is answered 503.
/// </summary>
public sealed class PostgreSqlConcurrentIngestTests(ITestOutputHelper output)
{
    private const int Rounds = 3;

    [PostgreSqlFact]
    public async Task Two_instances_storing_the_same_ids_in_another_order_at_once_do_not_deadlock()
    {
        var server = PostgreSqlServer.ConnectionString;
        var schema = PostgreSqlServer.NewSchema("dur_ingest");
        var options = new PostgreSqlStorageOptions { Schema = schema };
        await using var first = new PostgreSqlInboxStore(server, options);
        await using var second = new PostgreSqlInboxStore(server, options);
        try
        {
            await first.InitializeAsync(CancellationToken.None);
            await second.InitializeAsync(CancellationToken.None);

            var failures = new List<string>();
            var storedTwice = 0;
            var storedNever = 0;
            for (var round = 0; round < Rounds; round++)
            {
                // Two deliveries, x and y, reach the two instances in another order, and both group commits run at once:
                // [x, gate1, y] and [y, gate2, x]. Each gate is a delivery another session inserted and has not
                // committed yet, so that each statement stores its first delivery, then waits at its gate; both gates
                // open together, and each statement goes on to the delivery the other one holds.
                var x = Entry($"evt_{round:D2}_x");
                var y = Entry($"evt_{round:D2}_y");
                var gates = new[] { Entry($"evt_{round:D2}_gate1"), Entry($"evt_{round:D2}_gate2") };
                var holders = new List<(Npgsql.NpgsqlConnection Connection, Npgsql.NpgsqlTransaction Transaction)>();
                foreach (var gate in gates)
                {
                    var holder = new Npgsql.NpgsqlConnection(server);
                    await holder.OpenAsync();
                    var transaction = await holder.BeginTransactionAsync();
                    await using (var hold = new Npgsql.NpgsqlCommand(
                        $"INSERT INTO {schema}.webhooks_inbox (provider, delivery_id, queued, status, received_at) VALUES (@provider, @id, false, 2, now())", holder, transaction))
                    {
                        hold.Parameters.AddWithValue("provider", gate.Provider);
                        hold.Parameters.AddWithValue("id", gate.DeliveryId);
                        await hold.ExecuteNonQueryAsync();
                    }

                    holders.Add((holder, transaction));
                }

                var adding = Task.WhenAll(AddAsync(first, [x, gates[0], y]), AddAsync(second, [y, gates[1], x]));
                var bothAtTheirGates = await Eventually.TrueAsync(() => WaitingForLocks(server) >= 2 || adding.IsCompleted, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10));
                foreach (var (connection, transaction) in holders)
                {
                    await transaction.CommitAsync();
                    await connection.DisposeAsync();
                }

                var results = await adding;
                Assert.True(bothAtTheirGates, "The two commits never both waited at their gates.");
                if (results[0].Error is { } e1)
                {
                    failures.Add($"round {round}, first: {e1}");
                }

                if (results[1].Error is { } e2)
                {
                    failures.Add($"round {round}, second: {e2}");
                }

                if (results[0].Stored is { } a && results[1].Stored is { } b)
                {
                    // x is the first's [0] and the second's [2]; y the first's [2] and the second's [0]; the gates were stored before.
                    foreach (var count in new[] { (a[0] ? 1 : 0) + (b[2] ? 1 : 0), (a[2] ? 1 : 0) + (b[0] ? 1 : 0) })
                    {
                        storedTwice += count > 1 ? 1 : 0;
                        storedNever += count == 0 ? 1 : 0;
                    }
                }
            }

            var rows = PostgreSqlServer.InboxRows(server, schema); // the queued rows: the gates are not
            var report = new Report(output, "concurrent group commits with the same ids (PostgreSQL)");
            report.Line($"two stores on one schema, {Rounds} rounds of two batches at once with the same two ids in the other order");
            report.Count("batches that failed", failures.Count);
            report.Count("ids both said they stored", storedTwice);
            report.Count("ids neither said it stored (both succeeded)", storedNever);
            report.Count("rows", rows.Count);
            report.Print();

            Assert.True(failures.Count == 0, $"{failures.Count} of {Rounds * 2} batches failed:\n{string.Join("\n", failures.Take(3))}");
            Assert.Equal(0, storedTwice);
            Assert.Equal(0, storedNever);
            Assert.Equal(Rounds * 2, rows.Count);
        }
        finally
        {
            await PostgreSqlServer.DropSchemaAsync(server, schema);
        }
    }

    private static async Task<(bool[]? Stored, string? Error)> AddAsync(PostgreSqlInboxStore store, List<InboxEntry> batch)
    {
        await Task.Yield();
        try
        {
            return (await store.AddAsync(batch, CancellationToken.None), null);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException)
        {
            return (null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static long WaitingForLocks(string server)
    {
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()", connection);
        return (long)count.ExecuteScalar()!;
    }

    private static InboxEntry Entry(string id) =>
        new("openai", id, "Webhooks.Durability.App.DurabilityWebhooks", "batch.completed", [], "{}"u8.ToArray(), null, DateTimeOffset.UtcNow, null);
}
