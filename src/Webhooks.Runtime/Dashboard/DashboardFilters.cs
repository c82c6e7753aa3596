using System.Globalization;
using Microsoft.AspNetCore.Http;
using Webhooks.Inbox;

namespace Webhooks.Dashboard;

/// <summary>
/// The admin API's filters, from the list's query string or a replay or purge body, into an <see cref="InboxFilter"/>.
/// An empty value is no filter; a value that doesn't parse is an error that names it, never silently ignored.
/// </summary>
internal static class DashboardFilters
{
    public const int DefaultLimit = 50;

    private static readonly string[] StatusNames = ["pending", "processing", "processed", "dead"];

    public static string StatusName(InboxStatus status) => StatusNames[(int)status];

    /// <summary><c>provider, eventType, status, from, to</c> with the list's <c>before</c> and <c>limit</c>.</summary>
    public static string? TryRead(IQueryCollection query, out InboxFilter filter, out long? before, out int limit)
    {
        filter = InboxFilter.All;
        before = null;
        limit = DefaultLimit;
        if (TryRead(query["provider"], query["eventType"], query["status"], query["from"], query["to"], out filter) is { } error)
        {
            return error;
        }

        if (Value(query["before"]) is { } beforeText)
        {
            if (!long.TryParse(beforeText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                return $"before must be a delivery id (got '{beforeText}').";
            }

            before = id;
        }

        if (Value(query["limit"]) is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > WebhookInbox.MaxPageSize))
        {
            return $"limit must be between 1 and {WebhookInbox.MaxPageSize} (got '{limitText}').";
        }

        return null;
    }

    /// <summary>A replay or purge body's filter.</summary>
    public static string? TryRead(FilterBody body, out InboxFilter filter) =>
        TryRead(body.Provider, body.EventType, body.Status, body.From, body.To, out filter);

    private static string? TryRead(string? provider, string? eventType, string? status, string? from, string? to, out InboxFilter filter)
    {
        filter = InboxFilter.All;
        InboxStatus? parsedStatus = null;
        if (Value(status) is { } statusText)
        {
            var index = Array.FindIndex(StatusNames, n => n.Equals(statusText, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return $"status must be one of {string.Join(", ", StatusNames)} (got '{statusText}').";
            }

            parsedStatus = (InboxStatus)index;
        }

        if (TryReadTime("from", from, out var receivedFrom) is { } fromError)
        {
            return fromError;
        }

        if (TryReadTime("to", to, out var receivedBefore) is { } toError)
        {
            return toError;
        }

        filter = new InboxFilter
        {
            Provider = Value(provider),
            EventType = Value(eventType),
            Status = parsedStatus,
            ReceivedFrom = receivedFrom,
            ReceivedBefore = receivedBefore,
        };
        return null;
    }

    private static string? TryReadTime(string name, string? text, out DateTimeOffset? time)
    {
        time = null;
        if (Value(text) is not { } value)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return $"{name} must be an ISO 8601 time such as 2026-05-01T12:00:00Z (got '{value}').";
        }

        time = parsed;
        return null;
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
