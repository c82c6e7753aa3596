namespace Webhooks.Inbox;

/// <summary>When a failed attempt is tried again: the options' schedule with full jitter.</summary>
internal static class RetrySchedule
{
    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (from 1), or <c>null</c> when it was the last.</summary>
    public static TimeSpan? After(IList<TimeSpan> schedule, int attempt, Random random)
    {
        if (attempt < 1 || attempt > schedule.Count)
        {
            return null;
        }

        // Full jitter: anywhere between no wait and the whole entry, so that deliveries that failed together spread out.
        return TimeSpan.FromTicks((long)(random.NextDouble() * schedule[attempt - 1].Ticks));
    }
}
