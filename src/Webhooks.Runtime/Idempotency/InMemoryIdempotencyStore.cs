using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace Webhooks.Idempotency;

/// <summary>
/// An <see cref="IWebhookIdempotencyStore"/> in this process's memory, whose entries expire. It forgets
/// everything on restart and is not shared between instances: use a durable store for several instances.
/// </summary>
/// <remarks>
/// Entries hold no object references: a delivery is remembered as its key's bytes (<see cref="StoredKey"/>) and one
/// packed <see cref="long"/> (expiry and whether it was processed), in plain dictionaries of structs, one set per
/// provider, under striped locks. Hundreds of thousands of remembered deliveries then cost the garbage collector
/// nothing to trace or promote, which a dictionary of strings and nodes did on every request.
/// </remarks>
public sealed class InMemoryIdempotencyStore : IWebhookIdempotencyStore
{
    private const int StripeCount = 16;
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Stripe[]> _providers = new(StringComparer.Ordinal);
    private readonly InMemoryIdempotencyStoreOptions _options;
    private readonly TimeProvider _clock;
    private long _nextSweepTicks;

    /// <summary>Creates a store.</summary>
    public InMemoryIdempotencyStore(IOptions<InMemoryIdempotencyStoreOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _nextSweepTicks = clock.GetUtcNow().Add(SweepInterval).UtcTicks;
    }

    /// <summary>How many deliveries are remembered now, expired ones not yet swept included.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var stripe in AllStripes())
            {
                lock (stripe.Gate)
                {
                    count += stripe.Entries.Count;
                }
            }

            return count;
        }
    }

    /// <inheritdoc />
    public ValueTask<IdempotencyClaim> TryClaimAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now);
        var id = new StoredKey(key);
        var stripe = StripeOf(provider, id);
        lock (stripe.Gate)
        {
            // One lookup finds the entry or makes room for it (a new one is 0: expired long ago).
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(stripe.Entries, id, out _);
            if (ExpiresAtTicks(entry) > now.UtcTicks)
            {
                return ValueTask.FromResult(IsProcessed(entry) ? IdempotencyClaim.AlreadyProcessed : IdempotencyClaim.InProgress);
            }

            entry = Entry(processed: false, expiresAt: now + _options.ClaimTimeout);
            return ValueTask.FromResult(IdempotencyClaim.Claimed);
        }
    }

    /// <inheritdoc />
    public ValueTask MarkProcessedAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var id = new StoredKey(key);
        var stripe = StripeOf(provider, id);
        lock (stripe.Gate)
        {
            stripe.Entries[id] = Entry(processed: true, expiresAt: _clock.GetUtcNow() + _options.Retention);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var id = new StoredKey(key);
        var stripe = StripeOf(provider, id);
        lock (stripe.Gate)
        {
            stripe.Entries.Remove(id);
        }

        return ValueTask.CompletedTask;
    }

    private Stripe StripeOf(string provider, StoredKey id) =>
        _providers.GetOrAdd(provider, static _ => [.. Enumerable.Range(0, StripeCount).Select(_ => new Stripe())])
            [(int)((uint)id.GetHashCode() % StripeCount)];

    private IEnumerable<Stripe> AllStripes() => _providers.Values.SelectMany(stripes => stripes);

    private void SweepIfDue(DateTimeOffset now)
    {
        // A plain atomic read on 64-bit (Interlocked.Read is a locked compare-exchange, on every claim); the exchange decides.
        var due = Volatile.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var stripe in AllStripes())
        {
            lock (stripe.Gate)
            {
                // Removing while enumerating is allowed for Dictionary since .NET Core 3.0.
                foreach (var (id, entry) in stripe.Entries)
                {
                    if (ExpiresAtTicks(entry) <= now.UtcTicks)
                    {
                        stripe.Entries.Remove(id);
                    }
                }
            }
        }
    }

    // UTC ticks (at most DateTime.MaxValue.Ticks, under 2^62) shifted left once, the low bit set once processed.
    private static long Entry(bool processed, DateTimeOffset expiresAt) => (expiresAt.UtcTicks << 1) | (processed ? 1L : 0L);

    private static long ExpiresAtTicks(long entry) => entry >> 1;

    private static bool IsProcessed(long entry) => (entry & 1) != 0;

    private sealed class Stripe
    {
        public Lock Gate { get; } = new();

        public Dictionary<StoredKey, long> Entries { get; } = [];
    }
}
