using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Webhooks.Idempotency;

/// <summary>
/// An <see cref="IWebhookIdempotencyStore"/> in this process's memory, whose entries expire. It forgets
/// everything on restart and is not shared between instances: use a durable store for several instances.
/// </summary>
public sealed class InMemoryIdempotencyStore : IWebhookIdempotencyStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    // The value packs an entry's expiry (UTC ticks) and whether it was processed into one long, which the
    // dictionary writes in place: no allocation per claim or per mark beyond the key's own node.
    private readonly ConcurrentDictionary<(string Provider, string Key), long> _entries = new();
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
    public int Count => _entries.Count;

    /// <inheritdoc />
    public ValueTask<IdempotencyClaim> TryClaimAsync(string provider, string key, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now);
        var claim = Entry(processed: false, expiresAt: now + _options.ClaimTimeout);
        var id = (provider, key);
        while (true)
        {
            if (_entries.TryAdd(id, claim))
            {
                return ValueTask.FromResult(IdempotencyClaim.Claimed);
            }

            if (!_entries.TryGetValue(id, out var existing))
            {
                continue;
            }

            if (ExpiresAtTicks(existing) > now.UtcTicks)
            {
                return ValueTask.FromResult(IsProcessed(existing) ? IdempotencyClaim.AlreadyProcessed : IdempotencyClaim.InProgress);
            }

            if (_entries.TryUpdate(id, claim, existing))
            {
                return ValueTask.FromResult(IdempotencyClaim.Claimed);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask MarkProcessedAsync(string provider, string key, CancellationToken cancellationToken)
    {
        _entries[(provider, key)] = Entry(processed: true, expiresAt: _clock.GetUtcNow() + _options.Retention);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string provider, string key, CancellationToken cancellationToken)
    {
        _entries.TryRemove((provider, key), out _);
        return ValueTask.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (id, entry) in _entries)
        {
            if (ExpiresAtTicks(entry) <= now.UtcTicks)
            {
                _entries.TryRemove(new KeyValuePair<(string, string), long>(id, entry));
            }
        }
    }

    // UTC ticks (at most DateTime.MaxValue.Ticks, under 2^62) shifted left once, the low bit set once processed.
    private static long Entry(bool processed, DateTimeOffset expiresAt) => (expiresAt.UtcTicks << 1) | (processed ? 1L : 0L);

    private static long ExpiresAtTicks(long entry) => entry >> 1;

    private static bool IsProcessed(long entry) => (entry & 1) != 0;
}
