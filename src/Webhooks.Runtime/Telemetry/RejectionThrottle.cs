namespace Webhooks.Telemetry;

/// <summary>
/// Lets a route write at most a few rejection warnings a minute, so that a flood of unsigned requests can't flood the
/// log; the metrics count every one. The first call of a new minute reports how many were held back in the last.
/// </summary>
internal sealed class RejectionThrottle(TimeProvider clock, int perMinute = 10)
{
    private readonly Lock _lock = new();
    private long _minute = -1;
    private int _written;
    private int _suppressed;

    /// <summary>Whether to write this rejection; <paramref name="suppressedBefore"/> is how many the last minute held back, once.</summary>
    public bool ShouldWrite(out int suppressedBefore)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (_lock)
        {
            suppressedBefore = 0;
            if (minute != _minute)
            {
                suppressedBefore = _suppressed;
                _minute = minute;
                _written = 0;
                _suppressed = 0;
            }

            if (_written < perMinute)
            {
                _written++;
                return true;
            }

            _suppressed++;
            return false;
        }
    }
}
