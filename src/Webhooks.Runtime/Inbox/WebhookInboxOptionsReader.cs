using System.Globalization;
using Microsoft.Extensions.Configuration;
using Webhooks.Configuration;

namespace Webhooks.Inbox;

/// <summary>Reads <c>Webhooks:Inbox</c> by hand (no reflection binder, so the app stays trimmable), naming the key of a bad value.</summary>
internal static class WebhookInboxOptionsReader
{
    public const string Section = WebhookConfigurationReader.RootSection + ":Inbox";

    public static void Apply(IConfiguration configuration, WebhookInboxOptions options)
    {
        var section = configuration.GetSection(Section);
        var retries = section.GetSection("RetrySchedule");
        if (retries.Value is { } single)
        {
            // Configuration can't hold an empty list: "none" is one attempt and no retry.
            options.RetrySchedule = single.Equals("none", StringComparison.OrdinalIgnoreCase) ? [] : [Duration(single, retries.Path)];
        }
        else if (retries.GetChildren().ToList() is { Count: > 0 } schedule)
        {
            options.RetrySchedule = schedule.Select(entry => Duration(entry.Value, entry.Path)).ToList();
        }

        options.Workers = Count(section, "Workers") ?? options.Workers;
        options.MaxBatchSize = Count(section, "MaxBatchSize") ?? options.MaxBatchSize;
        options.LeaseDuration = Duration(section, "LeaseDuration") ?? options.LeaseDuration;
        options.Retention = Duration(section, "Retention") ?? options.Retention;
        options.PollInterval = Duration(section, "PollInterval") ?? options.PollInterval;
        options.GroupCommitWindow = Duration(section, "GroupCommitWindow") ?? options.GroupCommitWindow;
        options.StoreTimeout = Duration(section, "StoreTimeout") ?? options.StoreTimeout;
        options.InlineClaimTimeout = Duration(section, "InlineClaimTimeout") ?? options.InlineClaimTimeout;
    }

    private static int? Count(IConfigurationSection section, string key) => section[key] is not { } value
        ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new InvalidOperationException($"{section.Path}:{key} must be a whole number above zero.");

    private static TimeSpan? Duration(IConfigurationSection section, string key) =>
        section[key] is { } value ? Duration(value, section.Path + ":" + key) : null;

    // Seconds (5, 0.5) or a time span (00:05:00), as the provider options' Tolerance.
    private static TimeSpan Duration(string? value, string key)
    {
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero
            ? span
            : throw new InvalidOperationException($"{key} must be seconds (30) or a time span (00:00:30).");
    }
}
