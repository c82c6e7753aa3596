using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using static Webhooks.Storage.PostgreSql.PostgreSqlValues;

namespace Webhooks.Storage.PostgreSql;

// Inline dedupe: a row per delivery in the same table (queued = false, no body), claimed by the request processing it.
public sealed partial class PostgreSqlInboxStore
{
    /// <inheritdoc />
    public async ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(key);

        // Insert the claim, or take over an inline claim whose lease expired; the unique key decides between concurrent
        // requests. When neither happened, a row exists that says why. It can vanish in between (a release, retention):
        // then try again.
        while (true)
        {
            await using (var claim = Command($"""
                INSERT INTO {_table} AS inbox (provider, delivery_id, queued, status, received_at, lease_until)
                VALUES (@provider, @key, false, 1, @now, @until)
                ON CONFLICT (provider, delivery_id) DO UPDATE SET lease_until = excluded.lease_until
                    WHERE NOT inbox.queued AND inbox.status = 1 AND inbox.lease_until <= @now
                RETURNING id
                """))
            {
                claim.Parameters.Add(Text("provider", provider));
                claim.Parameters.Add(Text("key", key));
                claim.Parameters.Add(Time("now", lease.Now));
                claim.Parameters.Add(Time("until", lease.Until));
                if (await claim.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    return IdempotencyClaim.Claimed;
                }
            }

            await using var find = Command($"SELECT queued, status FROM {_table} WHERE provider = @provider AND delivery_id = @key");
            find.Parameters.Add(Text("provider", provider));
            find.Parameters.Add(Text("key", key));
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // A queued row counts as processed: the inbox has the delivery and processes it.
                return reader.GetBoolean(0) || reader.GetInt16(1) != (short)InboxStatus.Processing
                    ? IdempotencyClaim.AlreadyProcessed
                    : IdempotencyClaim.InProgress;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var complete = Command($"""
            UPDATE {_table} SET status = 2, processed_at = @now, lease_until = NULL
            WHERE provider = @provider AND delivery_id = @key AND NOT queued
            """);
        complete.Parameters.Add(Time("now", now));
        complete.Parameters.Add(Text("provider", provider));
        complete.Parameters.Add(Text("key", key));
        await complete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken)
    {
        await using var release = Command($"DELETE FROM {_table} WHERE provider = @provider AND delivery_id = @key AND NOT queued AND status = 1");
        release.Parameters.Add(Text("provider", provider));
        release.Parameters.Add(Text("key", key));
        await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
