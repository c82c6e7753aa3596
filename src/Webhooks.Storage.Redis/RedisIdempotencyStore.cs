using System.Collections.Concurrent;
using StackExchange.Redis;
using Webhooks.Idempotency;

namespace Webhooks.Storage.Redis;

/// <summary>
/// Claim, processed and release on Redis: a claim is <c>SET NX</c> of this request's token with the claim timeout; a
/// processed delivery's key holds <c>p</c> for the retention. Only the holder of a claim settles it, so a request whose
/// claim expired and was taken over can't mark the other's delivery processed or release it.
/// </summary>
/// <remarks>
/// A Redis that doesn't answer makes every call throw, and the pipeline answers 503: a claim fails safe, never a
/// handler run that wasn't claimed. Keys survive a Redis restart only as far as its persistence (AOF) keeps them.
/// </remarks>
public sealed class RedisIdempotencyStore : IWebhookIdempotencyStore
{
    private const string Processed = "p";

    // Marks processed if the claim is still ours, or if it expired and nobody took it over.
    private const string MarkScript =
        "local v = redis.call('GET', KEYS[1]) if v == false or v == ARGV[1] then redis.call('SET', KEYS[1], 'p', 'PX', ARGV[2]) return 1 end return 0";

    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end return 0";

    private readonly Func<IDatabase> _database;
    private readonly RedisDeduplicationOptions _options;

    // This instance's claims in progress: the token each request set, to settle only its own.
    private readonly ConcurrentDictionary<string, string> _claims = new(StringComparer.Ordinal);

    /// <summary>Creates a store on the database <paramref name="database"/> gives (called per operation, so a reconnect is picked up).</summary>
    public RedisIdempotencyStore(Func<IDatabase> database, RedisDeduplicationOptions options)
    {
        _database = database;
        _options = options;
    }

    /// <inheritdoc />
    public async ValueTask<IdempotencyClaim> TryClaimAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var redisKey = Key(provider, key);
        var token = "c:" + Guid.NewGuid().ToString("N");
        var database = _database();
        for (var tries = 0; tries < 2; tries++)
        {
            if (await database.StringSetAsync(redisKey, token, _options.ClaimTimeout, When.NotExists).ConfigureAwait(false))
            {
                _claims[redisKey] = token;
                return IdempotencyClaim.Claimed;
            }

            var value = await database.StringGetAsync(redisKey).ConfigureAwait(false);
            if (value.HasValue)
            {
                return value == Processed ? IdempotencyClaim.AlreadyProcessed : IdempotencyClaim.InProgress;
            }

            // The other claim expired between the two calls: try once more.
        }

        return IdempotencyClaim.InProgress;
    }

    /// <inheritdoc />
    public async ValueTask MarkProcessedAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var redisKey = Key(provider, key);
        if (_claims.TryRemove(redisKey, out var token))
        {
            await _database().ScriptEvaluateAsync(MarkScript, [redisKey], [token, (long)_options.Retention.TotalMilliseconds]).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string provider, WebhookDeliveryKey key, CancellationToken cancellationToken)
    {
        var redisKey = Key(provider, key);
        if (_claims.TryRemove(redisKey, out var token))
        {
            await _database().ScriptEvaluateAsync(ReleaseScript, [redisKey], [token]).ConfigureAwait(false);
        }
    }

    private string Key(string provider, WebhookDeliveryKey key) => _options.KeyPrefix + provider + ":" + key.ToString();
}
