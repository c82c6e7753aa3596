namespace Webhooks.Health;

/// <summary>When the webhooks health check reports <c>Degraded</c>.</summary>
public sealed class WebhooksHealthCheckOptions
{
    /// <summary>Degraded from this many dead letters on. Default 1: any dead letter wants a look.</summary>
    public long DeadLettersDegradedAt { get; set; } = 1;

    /// <summary>Degraded when the oldest pending delivery has waited longer than this. Default 10 min.</summary>
    public TimeSpan OldestPendingDegradedAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the storage may take to answer before the check reports it unreachable. Default 5 s.</summary>
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
