using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Webhooks.Idempotency;

/// <summary>
/// An <see cref="IWebhookIdempotencyStore"/> in this process's memory, whose entries expire. It forgets
/// everything on restart and is not shared between instances: use a durable store for several instances.
/// </summary>
/// <remarks>
/// Entries hold no object references: a delivery is remembered as a 128-bit digest of its provider and key
/// and one packed <see cref="long"/> (expiry and whether it was processed), in plain dictionaries of structs
/// under striped locks. Hundreds of thousands of remembered deliveries then cost the garbage collector
/// nothing to trace or promote, which a dictionary of strings and nodes did on every request.
/// </remarks>
public sealed class InMemoryIdempotencyStore : IWebhookIdempotencyStore
{
    private const int StripeCount = 16;
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly Dictionary<UInt128, long>[] _stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new Dictionary<UInt128, long>())];
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
            foreach (var stripe in _stripes)
            {
                lock (stripe)
                {
                    count += stripe.Count;
                }
            }

            return count;
        }
    }

    /// <inheritdoc />
    public ValueTask<IdempotencyClaim> TryClaimAsync(string provider, string key, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        SweepIfDue(now);
        var id = Digest(provider, key);
        var stripe = StripeOf(id);
        lock (stripe)
        {
            if (stripe.TryGetValue(id, out var existing) && ExpiresAtTicks(existing) > now.UtcTicks)
            {
                return ValueTask.FromResult(IsProcessed(existing) ? IdempotencyClaim.AlreadyProcessed : IdempotencyClaim.InProgress);
            }

            stripe[id] = Entry(processed: false, expiresAt: now + _options.ClaimTimeout);
            return ValueTask.FromResult(IdempotencyClaim.Claimed);
        }
    }

    /// <inheritdoc />
    public ValueTask MarkProcessedAsync(string provider, string key, CancellationToken cancellationToken)
    {
        var id = Digest(provider, key);
        var stripe = StripeOf(id);
        lock (stripe)
        {
            stripe[id] = Entry(processed: true, expiresAt: _clock.GetUtcNow() + _options.Retention);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string provider, string key, CancellationToken cancellationToken)
    {
        var id = Digest(provider, key);
        var stripe = StripeOf(id);
        lock (stripe)
        {
            stripe.Remove(id);
        }

        return ValueTask.CompletedTask;
    }

    // A delivery's claim and its mark come from one request, mostly on one thread, so the last digest is kept per
    // thread and computed once instead of twice. Strings are immutable: the same two references are the same input.
    [ThreadStatic]
    private static string? t_lastProvider;

    [ThreadStatic]
    private static string? t_lastKey;

    [ThreadStatic]
    private static UInt128 t_lastDigest;

    private static UInt128 Digest(string provider, string key)
    {
        if (!ReferenceEquals(key, t_lastKey) || !ReferenceEquals(provider, t_lastProvider))
        {
            t_lastDigest = ComputeDigest(provider, key);
            t_lastProvider = provider;
            t_lastKey = key;
        }

        return t_lastDigest;
    }

    // SHA-256 of "{provider}\0{key}", truncated to 128 bits: a collision (a delivery wrongly taken for a
    // redelivery) needs about 2^64 remembered deliveries.
    private static UInt128 ComputeDigest(string provider, string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(provider.Length + key.Length + 1);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented ?? stackalloc byte[512];
        try
        {
            var written = Encoding.UTF8.GetBytes(provider, buffer);
            buffer[written++] = 0;
            written += Encoding.UTF8.GetBytes(key, buffer[written..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..written], hash);
            return BitConverter.ToUInt128(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private Dictionary<UInt128, long> StripeOf(UInt128 id) => _stripes[(int)(id & (StripeCount - 1))];

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var stripe in _stripes)
        {
            lock (stripe)
            {
                // Removing while enumerating is allowed for Dictionary since .NET Core 3.0.
                foreach (var (id, entry) in stripe)
                {
                    if (ExpiresAtTicks(entry) <= now.UtcTicks)
                    {
                        stripe.Remove(id);
                    }
                }
            }
        }
    }

    // UTC ticks (at most DateTime.MaxValue.Ticks, under 2^62) shifted left once, the low bit set once processed.
    private static long Entry(bool processed, DateTimeOffset expiresAt) => (expiresAt.UtcTicks << 1) | (processed ? 1L : 0L);

    private static long ExpiresAtTicks(long entry) => entry >> 1;

    private static bool IsProcessed(long entry) => (entry & 1) != 0;
}
