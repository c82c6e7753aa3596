using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// GetAsync, ListAsync and CountAsync: what the admin API and the dashboard show.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        var ids = await AddNewAsync(Entry("evt_1"));

        Assert.Null(await Store.GetAsync(ids[0] + 1, Ct));
        Assert.Null(await Store.GetAsync(-1, Ct));
    }

    [ContractFact]
    public async Task Get_shows_what_an_attempt_left()
    {
        var ids = await AddNewAsync(Entry("evt_1"));
        var lease = Lease(T0);
        Assert.Single(await ClaimAsync(lease));
        Assert.True(await Store.CompleteAsync(ids[0], lease.Token, InboxOutcome.Retry(T0, T0.AddSeconds(5), "boom"), Ct));

        var delivery = await GetAsync(ids[0]);

        Assert.Equal((InboxStatus.Pending, 1, "boom", T0.AddSeconds(5)), (delivery.Status, delivery.Attempts, delivery.LastError, delivery.DueAt));
    }

    [ContractFact]
    public async Task List_gives_deliveries_newest_first_up_to_the_limit_and_pages_by_id()
    {
        await AddNewAsync(Entry("evt_1"), Entry("evt_2"), Entry("evt_3"), Entry("evt_4"), Entry("evt_5"));

        var page1 = await Store.ListAsync(InboxFilter.All, beforeId: null, limit: 2, Ct);
        var page2 = await Store.ListAsync(InboxFilter.All, beforeId: page1[^1].Id, limit: 2, Ct);
        var page3 = await Store.ListAsync(InboxFilter.All, beforeId: page2[^1].Id, limit: 2, Ct);

        Assert.Equal(["evt_5", "evt_4"], DeliveryIds(page1));
        Assert.Equal(["evt_3", "evt_2"], DeliveryIds(page2));
        Assert.Equal(["evt_1"], DeliveryIds(page3));
        Assert.Empty(await Store.ListAsync(InboxFilter.All, beforeId: page3[0].Id, limit: 2, Ct));
    }

    [ContractFact]
    public async Task List_summarises_each_delivery()
    {
        var entry = Entry("evt_1", eventType: "charge.failed", receivedAt: T0.AddSeconds(-3));
        var ids = await AddNewAsync(entry);

        var summary = Assert.Single(await Store.ListAsync(InboxFilter.All, null, 10, Ct));

        Assert.Equal(
            (ids[0], "stripe", "evt_1", "App.StripeWebhooks", "charge.failed", InboxStatus.Pending, 0, entry.ReceivedAt, (DateTimeOffset?)entry.ReceivedAt, (DateTimeOffset?)null, (string?)null),
            (summary.Id, summary.Provider, summary.DeliveryId, summary.Handler, summary.EventType, summary.Status, summary.Attempts, summary.ReceivedAt, summary.DueAt, summary.ProcessedAt, summary.LastError));
    }

    [ContractFact]
    public async Task List_filters_by_provider_event_type_status_and_receipt_time()
    {
        // One commit each, so that the newest-first order is the order of storing (within a batch the store picks it).
        await AddNewAsync(Entry("evt_early", receivedAt: T0.AddHours(-2)));
        await AddNewAsync(Entry("evt_paid", eventType: "invoice.paid", receivedAt: T0.AddHours(-1)));
        await AddNewAsync(Entry("evt_voided", eventType: "invoice.voided", receivedAt: T0));
        await AddNewAsync(Entry("gh_1", provider: "github", eventType: "push", receivedAt: T0));
        var lease = Lease(T0);
        var claimed = Assert.Single(await ClaimAsync(lease, max: 1));
        Assert.Equal("evt_early", claimed.DeliveryId);
        Assert.True(await Store.CompleteAsync(claimed.Id, lease.Token, InboxOutcome.Dead(T0, "bad"), Ct));

        async Task<IEnumerable<string>> List(InboxFilter filter) => DeliveryIds(await Store.ListAsync(filter, null, 10, Ct));

        Assert.Equal(["gh_1"], await List(new InboxFilter { Provider = "github" }));
        Assert.Equal(["evt_voided"], await List(new InboxFilter { EventType = "invoice.voided" }));
        Assert.Equal(["evt_early"], await List(new InboxFilter { Status = InboxStatus.Dead }));
        Assert.Equal(["gh_1", "evt_voided", "evt_paid"], await List(new InboxFilter { Status = InboxStatus.Pending }));
        Assert.Equal(["gh_1", "evt_voided", "evt_paid"], await List(new InboxFilter { ReceivedFrom = T0.AddHours(-1) }));
        Assert.Equal(["evt_paid", "evt_early"], await List(new InboxFilter { ReceivedBefore = T0 }));
        Assert.Equal(["evt_paid"], await List(new InboxFilter { Provider = "stripe", Status = InboxStatus.Pending, ReceivedBefore = T0 }));
        Assert.Empty(await List(new InboxFilter { Provider = "github", EventType = "invoice.paid" }));
    }

    [ContractFact]
    public async Task List_by_id_gives_only_that_delivery_when_it_matches_the_rest_of_the_filter()
    {
        var ids = await AddNewAsync(Entry("evt_1"), Entry("evt_2"), Entry("gh_1", provider: "github"));

        async Task<IEnumerable<string>> List(InboxFilter filter, long? beforeId = null) => DeliveryIds(await Store.ListAsync(filter, beforeId, 10, Ct));

        Assert.Equal(["evt_2"], await List(new InboxFilter { Id = ids[1] }));
        Assert.Equal(["gh_1"], await List(new InboxFilter { Id = ids[2], Provider = "github", Status = InboxStatus.Pending }));
        Assert.Empty(await List(new InboxFilter { Id = ids[2], Provider = "stripe" }));
        Assert.Empty(await List(new InboxFilter { Id = ids[1], Status = InboxStatus.Dead }));
        Assert.Empty(await List(new InboxFilter { Id = ids[1] }, beforeId: ids[1]));
        Assert.Empty(await List(new InboxFilter { Id = ids[^1] + 1000 }));
    }

    [ContractFact]
    public async Task Count_gives_queued_deliveries_by_provider_and_status_with_the_oldest_receipt()
    {
        await AddNewAsync(
            Entry("evt_1", receivedAt: T0.AddMinutes(-10)),
            Entry("evt_2", receivedAt: T0.AddMinutes(-5)),
            Entry("evt_3", receivedAt: T0.AddMinutes(-1)),
            Entry("gh_1", provider: "github", receivedAt: T0.AddMinutes(-3)));
        var lease = Lease(T0);
        var oldest = Assert.Single(await ClaimAsync(lease, max: 1));
        Assert.True(await Store.CompleteAsync(oldest.Id, lease.Token, InboxOutcome.Processed(T0), Ct));

        var counts = await Store.CountAsync(Ct);

        Assert.Equal(
            [
                new InboxCounts("github", InboxStatus.Pending, 1, T0.AddMinutes(-3)),
                new InboxCounts("stripe", InboxStatus.Pending, 2, T0.AddMinutes(-5)),
                new InboxCounts("stripe", InboxStatus.Processed, 1, T0.AddMinutes(-10)),
            ],
            counts.OrderBy(c => c.Provider, StringComparer.Ordinal).ThenBy(c => c.Status));
    }

    [ContractFact]
    public async Task Count_of_an_empty_inbox_is_empty()
    {
        Assert.Empty(await Store.CountAsync(Ct));
    }
}
