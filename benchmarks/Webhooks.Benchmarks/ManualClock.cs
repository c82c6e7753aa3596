namespace Webhooks.Benchmarks;

/// <summary>A clock the benchmark moves by hand, so that an idempotency store's entries expire when it says.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Past the store's retention (72 hours) and its sweep interval: every remembered delivery has expired.</summary>
    public void ExpireEverything() => Now += TimeSpan.FromDays(4);
}
