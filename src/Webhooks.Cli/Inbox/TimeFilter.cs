using System.Globalization;

namespace Webhooks.Cli.Inbox;

/// <summary>
/// <c>--from</c> and <c>--to</c>: an ISO 8601 time (<c>2026-05-01</c>, <c>2026-05-01T12:00:00Z</c>; UTC unless it says
/// otherwise) or a time ago (<c>30s</c>, <c>15m</c>, <c>2h</c>, <c>7d</c>), sent to the API as ISO 8601 UTC.
/// </summary>
internal static class TimeFilter
{
    public const string Help = "an ISO 8601 time (2026-05-01T12:00:00Z; UTC unless it says otherwise) or a time ago (30s, 15m, 2h, 7d)";

    public static string? Parse(string? text, string option, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.Length > 1 && "smhd".Contains(value[^1], StringComparison.Ordinal)
            && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            var ago = value[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return Format(now - ago);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? Format(time)
            : throw new CliUsageException($"{option} takes {Help} (got '{text}').");
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
