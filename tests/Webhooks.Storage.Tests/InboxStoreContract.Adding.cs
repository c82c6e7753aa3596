using System.Text;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.Tests;

// AddAsync and InitializeAsync: storing queued deliveries, and the unique key that makes redeliveries duplicates.
public abstract partial class InboxStoreContract
{
    [ContractFact]
    public async Task Add_stores_every_field_of_a_delivery_pending_and_due_at_its_receipt()
    {
        var entry = Entry("evt_1", receivedAt: T0.AddMinutes(-5));

        Assert.Equal(new[] { true }, await Store.AddAsync([entry], Ct));

        var delivery = await GetAsync(await IdOfAsync("stripe", "evt_1"));
        Assert.Equal(("stripe", "evt_1", "App.StripeWebhooks", "invoice.paid"), (delivery.Provider, delivery.DeliveryId, delivery.Handler, delivery.EventType));
        Assert.Equal(entry.Headers, delivery.Headers);
        Assert.Equal(entry.Body, delivery.Body);
        Assert.Equal(entry.SignedAt, delivery.SignedAt);
        Assert.Equal(entry.ReceivedAt, delivery.ReceivedAt);
        Assert.Equal(entry.TraceParent, delivery.TraceParent);
        Assert.Equal(InboxStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(entry.ReceivedAt, delivery.DueAt);
        Assert.Null(delivery.ProcessedAt);
        Assert.Null(delivery.LastError);
    }

    [ContractFact]
    public async Task Add_keeps_times_given_in_any_offset_as_the_same_instant_and_optional_fields_empty()
    {
        var received = new DateTimeOffset(2025, 3, 1, 14, 0, 0, TimeSpan.FromHours(2));
        var entry = Entry("evt_1", receivedAt: received) with { SignedAt = null, TraceParent = null };

        await AddNewAsync(entry);

        var delivery = await GetAsync(await IdOfAsync("stripe", "evt_1"));
        Assert.Equal(received.UtcDateTime, delivery.ReceivedAt.UtcDateTime);
        Assert.Null(delivery.SignedAt);
        Assert.Null(delivery.TraceParent);
    }

    [ContractFact]
    public async Task Add_reports_each_delivery_of_a_batch_in_order()
    {
        var stored = await Store.AddAsync([Entry("evt_1"), Entry("evt_2"), Entry("evt_3")], Ct);

        Assert.Equal([true, true, true], stored);
        Assert.Equal(["evt_3", "evt_2", "evt_1"], DeliveryIds(await Store.ListAsync(InboxFilter.All, null, 10, Ct)));
    }

    [ContractFact]
    public async Task Add_reports_a_duplicate_within_one_batch_and_stores_the_first()
    {
        var first = Entry("evt_1");
        var again = Entry("evt_1", eventType: "invoice.voided") with { Body = Encoding.UTF8.GetBytes("{}") };

        var stored = await Store.AddAsync([first, Entry("evt_2"), again], Ct);

        Assert.Equal([true, true, false], stored);
        var delivery = await GetAsync(await IdOfAsync("stripe", "evt_1"));
        Assert.Equal(first.Body, delivery.Body);
        Assert.Equal("invoice.paid", delivery.EventType);
    }

    [ContractFact]
    public async Task Add_reports_a_delivery_stored_by_an_earlier_batch_as_a_duplicate_and_leaves_it_unchanged()
    {
        var first = Entry("evt_1");
        await AddNewAsync(first);
        var id = await IdOfAsync("stripe", "evt_1");
        var claimed = Assert.Single(await ClaimAsync(T0));

        var stored = await Store.AddAsync([Entry("evt_2"), Entry("evt_1", receivedAt: T0.AddHours(1)) with { Body = [1, 2, 3] }], Ct);

        Assert.Equal([true, false], stored);
        var delivery = await GetAsync(id);
        Assert.Equal(first.Body, delivery.Body);
        Assert.Equal(first.ReceivedAt, delivery.ReceivedAt);
        Assert.Equal(InboxStatus.Processing, delivery.Status);
        Assert.Equal(claimed.Id, id);
    }

    [ContractFact]
    public async Task Add_treats_the_same_delivery_id_of_another_provider_as_another_delivery()
    {
        var stored = await Store.AddAsync([Entry("evt_1", provider: "stripe"), Entry("evt_1", provider: "github")], Ct);

        Assert.Equal([true, true], stored);
        Assert.NotEqual(await IdOfAsync("stripe", "evt_1"), await IdOfAsync("github", "evt_1"));
    }

    [ContractFact]
    public async Task Add_of_an_empty_batch_stores_nothing()
    {
        Assert.Empty(await Store.AddAsync([], Ct));
        Assert.Empty(await Store.ListAsync(InboxFilter.All, null, 10, Ct));
    }

    [ContractFact]
    public async Task Initialize_again_keeps_what_is_stored()
    {
        await AddNewAsync(Entry("evt_1"));

        await Store.InitializeAsync(Ct);

        Assert.Equal(["evt_1"], DeliveryIds(await Store.ListAsync(InboxFilter.All, null, 10, Ct)));
        Assert.Equal(new[] { false }, await Store.AddAsync([Entry("evt_1")], Ct));
    }
}
