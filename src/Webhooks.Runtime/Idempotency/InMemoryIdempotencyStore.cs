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
    private readonly ConcurrentDictionary<(string Provider, string Key), Entry> _entries = new();
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
        var claim = new Entry(Processed: false, ExpiresAt: now + _options.ClaimTimeout);
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

            if (existing.ExpiresAt > now)
            {
                return ValueTask.FromResult(existing.Processed ? IdempotencyClaim.AlreadyProcessed : IdempotencyClaim.InProgress);
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
        _entries[(provider, key)] = new Entry(Processed: true, ExpiresAt: _clock.GetUtcNow() + _options.Retention);
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
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<(string, string), Entry>(id, entry));
            }
        }
    }

    private sealed record Entry(bool Processed, DateTimeOffset ExpiresAt);
}
