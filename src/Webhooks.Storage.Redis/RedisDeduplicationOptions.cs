namespace Webhooks.Storage.Redis;

/// <summary>How deliveries are remembered in Redis.</summary>
public sealed class RedisDeduplicationOptions
{
    /// <summary>The prefix of every key; the provider and delivery id follow. Default <c>webhooks:dedupe:</c>.</summary>
    public string KeyPrefix { get; set; } = "webhooks:dedupe:";

    /// <summary>
    /// How long a request's claim on a delivery holds while its handler runs; a redelivery meanwhile is answered 409, and
    /// after it (the instance died) a redelivery is processed. Default 5 min.
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a processed delivery is remembered. Default 72 h, as long as providers retry.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(72);
}
