using Microsoft.Extensions.DependencyInjection;
using Webhooks.Hosting;
using Webhooks.Idempotency;

namespace Webhooks.Inbox.Tests;

/// <summary>
/// A real store that fails every call while <see cref="Failing"/> is set (a fault at the storage seam), and keeps how
/// many rows each claim asked for and got.
/// </summary>
public sealed class FailingStore(IWebhookInboxStore inner) : IWebhookInboxStore
{
    public volatile bool Failing;

    public System.Collections.Concurrent.ConcurrentQueue<(int Asked, int Got)> Claims { get; } = new();

    /// <summary>The SQLite storage, each store it creates wrapped in a <see cref="FailingStore"/> handed to <paramref name="created"/>.</summary>
    public static void OverSqlite(WebhooksBuilder webhooks, Action<FailingStore> created)
    {
        webhooks.UseSqliteStorage();
        var sqlite = webhooks.Services.Last(d => d.ServiceType == typeof(IWebhookInboxStore)).ImplementationFactory!;
        webhooks.UseStorage(sp =>
        {
            var store = new FailingStore((IWebhookInboxStore)sqlite(sp));
            created(store);
            return store;
        });
    }

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public ValueTask<bool[]> AddAsync(IReadOnlyList<InboxEntry> deliveries, CancellationToken cancellationToken) => Guard(() => inner.AddAsync(deliveries, cancellationToken));

    public async ValueTask<IReadOnlyList<InboxClaim>> ClaimAsync(int max, InboxLease lease, CancellationToken cancellationToken)
    {
        var claims = await Guard(() => inner.ClaimAsync(max, lease, cancellationToken));
        Claims.Enqueue((max, claims.Count));
        return claims;
    }

    public ValueTask<int> RenewAsync(IReadOnlyList<long> ids, InboxLease lease, CancellationToken cancellationToken) => Guard(() => inner.RenewAsync(ids, lease, cancellationToken));

    public ValueTask<bool[]> CompleteAsync(IReadOnlyList<InboxCompletion> completions, CancellationToken cancellationToken) => Guard(() => inner.CompleteAsync(completions, cancellationToken));

    public ValueTask ReleaseAsync(IReadOnlyList<long> ids, Guid claimToken, DateTimeOffset now, CancellationToken cancellationToken) => Failing ? throw Fault() : inner.ReleaseAsync(ids, claimToken, now, cancellationToken);

    public ValueTask<IdempotencyClaim> TryClaimInlineAsync(string provider, string key, InboxLease lease, CancellationToken cancellationToken) => Guard(() => inner.TryClaimInlineAsync(provider, key, lease, cancellationToken));

    public ValueTask CompleteInlineAsync(string provider, string key, DateTimeOffset now, CancellationToken cancellationToken) => Failing ? throw Fault() : inner.CompleteInlineAsync(provider, key, now, cancellationToken);

    public ValueTask ReleaseInlineAsync(string provider, string key, CancellationToken cancellationToken) => Failing ? throw Fault() : inner.ReleaseInlineAsync(provider, key, cancellationToken);

    public ValueTask<InboxDelivery?> GetAsync(long id, CancellationToken cancellationToken) => Guard(() => inner.GetAsync(id, cancellationToken));

    public ValueTask<IReadOnlyList<InboxDeliverySummary>> ListAsync(InboxFilter filter, long? beforeId, int limit, CancellationToken cancellationToken) => Guard(() => inner.ListAsync(filter, beforeId, limit, cancellationToken));

    public ValueTask<IReadOnlyList<long>> ReplayAsync(InboxFilter filter, long afterId, int limit, DateTimeOffset now, CancellationToken cancellationToken) => Guard(() => inner.ReplayAsync(filter, afterId, limit, now, cancellationToken));

    public ValueTask<int> PurgeAsync(InboxFilter filter, int limit, CancellationToken cancellationToken) => Guard(() => inner.PurgeAsync(filter, limit, cancellationToken));

    public ValueTask<int> DeleteProcessedAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) => Guard(() => inner.DeleteProcessedAsync(before, limit, cancellationToken));

    public ValueTask<IReadOnlyList<InboxCounts>> CountAsync(CancellationToken cancellationToken) => Guard(() => inner.CountAsync(cancellationToken));

    private ValueTask<T> Guard<T>(Func<ValueTask<T>> call) => Failing ? throw Fault() : call();

    private static IOException Fault() => new("injected storage fault");
}
