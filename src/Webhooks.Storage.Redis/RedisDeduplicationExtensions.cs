using StackExchange.Redis;
using Webhooks.Hosting;
using Webhooks.Idempotency;
using Webhooks.Storage.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Deduplicates inline deliveries on Redis, so that several instances agree without a database.</summary>
public static class RedisDeduplicationExtensions
{
    /// <summary>
    /// Remembers claimed and processed deliveries in the Redis that <paramref name="configuration"/> (a StackExchange.Redis
    /// configuration string such as <c>localhost:6379</c>) names. Inline providers only: queued providers need
    /// <c>UseSqliteStorage()</c> or <c>UsePostgreSqlStorage(…)</c>. The app starts when Redis is down; deliveries are
    /// answered 503 until it answers.
    /// </summary>
    public static WebhooksBuilder UseRedisDeduplication(this WebhooksBuilder builder, string configuration, Action<RedisDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var redis = ConfigurationOptions.Parse(configuration);
        redis.AbortOnConnectFail = false; // start, and answer 503, while Redis is down
        var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
        return builder.UseRedisDeduplication(() => connection.Value, configure);
    }

    /// <summary>As <see cref="UseRedisDeduplication(WebhooksBuilder, string, Action{RedisDeduplicationOptions}?)"/>, on a connection the application owns.</summary>
    public static WebhooksBuilder UseRedisDeduplication(this WebhooksBuilder builder, Func<IConnectionMultiplexer> connection, Action<RedisDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisDeduplicationOptions();
        configure?.Invoke(options);
        for (var i = builder.Services.Count - 1; i >= 0; i--)
        {
            if (builder.Services[i].ServiceType == typeof(IWebhookIdempotencyStore))
            {
                builder.Services.RemoveAt(i);
            }
        }

        builder.Services.AddSingleton<IWebhookIdempotencyStore>(new RedisIdempotencyStore(() => connection().GetDatabase(), options));
        return builder;
    }
}
