using System.Text;
using System.Text.Unicode;
using Webhooks.Inbox;

namespace Webhooks.Dashboard;

/// <summary>The inbox's records as the admin API's JSON shapes.</summary>
internal static class DashboardMapper
{
    /// <summary>One row per provider (registered or with stored deliveries), by name.</summary>
    public static List<ProviderOverview> Overview(IEnumerable<string> registered, IReadOnlyList<InboxCounts> counts) =>
        registered.Concat(counts.Select(c => c.Provider))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(provider =>
            {
                long Count(InboxStatus status) => counts.Where(c => c.Provider == provider && c.Status == status).Sum(c => c.Count);
                var oldest = counts.Where(c => c.Provider == provider && c.Status == InboxStatus.Pending && c.Count > 0)
                    .Select(c => (DateTime?)c.OldestReceivedAt.UtcDateTime).Min();
                return new ProviderOverview(provider, Count(InboxStatus.Pending), Count(InboxStatus.Processing), Count(InboxStatus.Processed), Count(InboxStatus.Dead), oldest);
            })
            .ToList();

    public static DeliveryItem Item(InboxDeliverySummary d) => new(
        d.Id, d.Provider, d.DeliveryId, d.Handler, d.EventType, DashboardFilters.StatusName(d.Status), d.Attempts,
        d.ReceivedAt.UtcDateTime, d.DueAt?.UtcDateTime, d.ProcessedAt?.UtcDateTime, d.LastError);

    public static DeliveryDetail Detail(InboxDelivery d)
    {
        var utf8 = Utf8.IsValid(d.Body);
        return new DeliveryDetail(
            d.Id, d.Provider, d.DeliveryId, d.Handler, d.EventType, DashboardFilters.StatusName(d.Status), d.Attempts,
            d.ReceivedAt.UtcDateTime, d.DueAt?.UtcDateTime, d.ProcessedAt?.UtcDateTime, d.LastError,
            d.SignedAt?.UtcDateTime, d.TraceParent, WebhookInbox.HeadersOf(d),
            utf8 ? Encoding.UTF8.GetString(d.Body) : null,
            utf8 ? null : Convert.ToBase64String(d.Body),
            d.History.Select(a => new AttemptItem(a.Attempt, a.StartedAt.UtcDateTime, a.EndedAt.UtcDateTime, DashboardFilters.StatusName(a.Outcome), a.Error)).ToList());
    }
}
