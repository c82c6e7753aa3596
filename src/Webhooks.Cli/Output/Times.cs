using System.Globalization;

namespace Webhooks.Cli.Output;

/// <summary>Times as the tool prints them: UTC to the second, and ages ("3 min ago").</summary>
internal static class Times
{
    public static string Utc(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    public static string Age(DateTimeOffset? time, DateTimeOffset now)
    {
        if (time is not { } value)
        {
            return "";
        }

        var age = now - value;
        return age.TotalSeconds < 90 ? $"{Math.Max(0, (int)age.TotalSeconds)} s ago"
            : age.TotalMinutes < 90 ? $"{(int)age.TotalMinutes} min ago"
            : age.TotalHours < 36 ? $"{(int)age.TotalHours} h ago"
            : $"{(int)age.TotalDays} d ago";
    }
}
