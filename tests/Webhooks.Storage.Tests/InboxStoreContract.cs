using System.Text;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

/// <summary>
/// What every <see cref="IWebhookInboxStore"/> must do, run against a real store of each engine: each engine's test class
/// derives from this and gives a fresh, initialized, empty store per test. Times are explicit (the store takes "now"
/// from its callers) and whole milliseconds, which every engine keeps exactly.
/// </summary>
public abstract partial class InboxStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    protected static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    // Bounds every store call, so that a store that hangs fails its test instead of the whole run.
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private IWebhookInboxStore? _store;

    protected IWebhookInboxStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected CancellationToken Ct => _timeout.Token;

    /// <summary>A new store, initialized, on an empty database of its own.</summary>
    protected abstract Task<IWebhookInboxStore> CreateStoreAsync();

    /// <summary>Disposes the store and removes what it created.</summary>
    protected virtual async Task DeleteStoreAsync(IWebhookInboxStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DeleteStoreAsync(_store);
        }

        _timeout.Dispose();
    }

    protected static InboxEntry Entry(string deliveryId, string provider = "stripe", string eventType = "invoice.paid", DateTimeOffset? receivedAt = null) => new(
        provider,
        deliveryId,
        "App.StripeWebhooks",
        eventType,
        Encoding.UTF8.GetBytes($"stripe-signature: {deliveryId}"),
        Encoding.UTF8.GetBytes($$"""{"id":"{{deliveryId}}","type":"{{eventType}}"}"""),
        (receivedAt ?? T0).AddSeconds(-1),
        receivedAt ?? T0,
        $"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

    protected static InboxLease Lease(DateTimeOffset now, TimeSpan? duration = null) => new(Guid.NewGuid(), now, now + (duration ?? LeaseDuration));

    /// <summary>Stores <paramref name="entries"/>, asserting that each was new, and returns their ids in order.</summary>
    protected async Task<long[]> AddNewAsync(params InboxEntry[] entries)
    {
        var stored = await Store.AddAsync(entries, Ct);
        Assert.All(stored, Assert.True);
        var ids = new long[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            ids[i] = await IdOfAsync(entries[i].Provider, entries[i].DeliveryId);
        }

        return ids;
    }

    protected async Task<long> IdOfAsync(string provider, string deliveryId)
    {
        var all = await Store.ListAsync(new InboxFilter { Provider = provider }, beforeId: null, limit: 10_000, Ct);
        return Assert.Single(all, d => d.DeliveryId == deliveryId).Id;
    }

    protected Task<IReadOnlyList<InboxClaim>> ClaimAsync(DateTimeOffset now, int max = 100) => ClaimAsync(Lease(now), max);

    protected async Task<IReadOnlyList<InboxClaim>> ClaimAsync(InboxLease lease, int max = 100) => await Store.ClaimAsync(max, lease, Ct);

    protected async Task<InboxDelivery> GetAsync(long id) => Assert.IsType<InboxDelivery>(await Store.GetAsync(id, Ct));

    protected static IEnumerable<string> DeliveryIds(IEnumerable<InboxDeliverySummary> deliveries) => deliveries.Select(d => d.DeliveryId);
}
