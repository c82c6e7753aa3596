using System.Text.Json.Serialization;

namespace Webhooks.Dashboard;

// The admin API's JSON shapes (camelCase; statuses lower-case; times UTC, so written with a 'Z'). The `dotnet webhooks`
// tool reads them: rename nothing.

internal sealed record OverviewResponse(IReadOnlyList<ProviderOverview> Providers, IReadOnlyList<RejectionCount> Rejections);

internal sealed record ProviderOverview(string Provider, long Pending, long Processing, long Processed, long Dead, DateTime? OldestPendingAt);

internal sealed record RejectionCount(string Provider, string Reason, long Count);

internal sealed record DeliveryPage(IReadOnlyList<DeliveryItem> Items, long? Next);

internal sealed record DeliveryItem(
    long Id,
    string Provider,
    string DeliveryId,
    string Handler,
    string EventType,
    string Status,
    int Attempts,
    DateTime ReceivedAt,
    DateTime? DueAt,
    DateTime? ProcessedAt,
    string? LastError);

internal sealed record DeliveryDetail(
    long Id,
    string Provider,
    string DeliveryId,
    string Handler,
    string EventType,
    string Status,
    int Attempts,
    DateTime ReceivedAt,
    DateTime? DueAt,
    DateTime? ProcessedAt,
    string? LastError,
    DateTime? SignedAt,
    string? TraceParent,
    IReadOnlyDictionary<string, string[]> Headers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BodyBase64,
    IReadOnlyList<AttemptItem> History);

internal sealed record AttemptItem(int Attempt, DateTime StartedAt, DateTime EndedAt, string Outcome, string? Error);

internal sealed record ReplayedOne(bool Replayed);

internal sealed record ReplayedCount(int Replayed);

internal sealed record PurgedCount(int Purged);

internal sealed record ErrorResponse(string Error);

/// <summary>The body of <c>POST api/replay</c> and <c>POST api/purge</c>: the list's filter, and (replay only) a cap.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class FilterBody
{
    public string? Provider { get; init; }

    public string? EventType { get; init; }

    public string? Status { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public int? Max { get; init; }
}
