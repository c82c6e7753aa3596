using System.Text.Json.Serialization;

namespace Webhooks.Cli.Inbox;

// The admin API's JSON (MapWebhooksDashboard(), under {path}/api): camelCase, statuses lower-case, times UTC.

internal sealed record OverviewResponse(List<ProviderOverview> Providers, List<RejectionCount> Rejections);

internal sealed record ProviderOverview(string Provider, long Pending, long Processing, long Processed, long Dead, DateTimeOffset? OldestPendingAt);

internal sealed record RejectionCount(string Provider, string Reason, long Count);

internal sealed record DeliveryPage(List<DeliveryItem> Items, long? Next);

internal sealed record DeliveryItem(
    long Id, string Provider, string DeliveryId, string? Handler, string EventType, string Status, int Attempts,
    DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? ProcessedAt, string? LastError);

internal sealed record DeliveryDetail(
    long Id, string Provider, string DeliveryId, string? Handler, string EventType, string Status, int Attempts,
    DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? ProcessedAt, string? LastError,
    DateTimeOffset? SignedAt, string? TraceParent, Dictionary<string, string[]>? Headers, string? Body, string? BodyBase64,
    List<AttemptItem>? History);

internal sealed record AttemptItem(int Attempt, DateTimeOffset StartedAt, DateTimeOffset EndedAt, string Outcome, string? Error);

internal sealed record ReplayedOne(bool Replayed);

internal sealed record ReplayedCount(int Replayed);

internal sealed record PurgedCount(int Purged);

internal sealed record ErrorResponse(string? Error);

/// <summary>The body of <c>POST api/replay</c> (with <see cref="Max"/>) and <c>POST api/purge</c> (without).</summary>
internal sealed record FilterBody
{
    public string? Provider { get; init; }

    public string? EventType { get; init; }

    public string? Status { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public int? Max { get; init; }
}

/// <summary>The admin API's JSON, generated at compile time: no reflection, so the tool publishes with Native AOT.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OverviewResponse))]
[JsonSerializable(typeof(DeliveryPage))]
[JsonSerializable(typeof(DeliveryDetail))]
[JsonSerializable(typeof(ReplayedOne))]
[JsonSerializable(typeof(ReplayedCount))]
[JsonSerializable(typeof(PurgedCount))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(FilterBody))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
