using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>SendGrid's Event Webhook payload: an array of events, read through the built-in source-generated metadata.</summary>
public sealed class SendGridContractTests
{
    // Shaped after the examples of SendGrid's "Event Webhook Reference" (a delivered, an open and a bounce event in one
    // batch, with a custom argument and both forms of category); the values are made up here.
    private const string Batch = """
        [
          {"email":"example@test.com","timestamp":1513299569,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>","event":"delivered","category":"cat facts","sg_event_id":"sg_event_id","sg_message_id":"sg_message_id","response":"250 OK","order_id":"42"},
          {"email":"example@test.com","timestamp":1513299569,"event":"open","sg_machine_open":false,"category":["cat facts","dogs"],"sg_event_id":"sg_event_id_2","sg_message_id":"sg_message_id","useragent":"Mozilla/4.0","ip":"255.255.255.255"},
          {"email":"example@test.com","timestamp":1513299569,"event":"bounce","type":"blocked","reason":"500 unknown recipient","status":"5.0.0","sg_event_id":"sg_event_id_3","sg_message_id":"sg_message_id"}
        ]
        """;

    [Fact]
    public void A_batch_reads_every_event_with_its_own_members()
    {
        var events = JsonSerializer.Deserialize(Batch, WebhookContractsJsonContext.Default.SendGridEventArray)!;

        Assert.Equal(["delivered", "open", "bounce"], events.Select(e => e.Event));
        Assert.Equal("<14c5d75ce93.dfd.64b469@ismtpd-555>", events[0].SmtpId);
        Assert.Equal("42", events[0].AdditionalProperties!["order_id"].GetString());
        Assert.Equal(JsonValueKind.String, events[0].Category!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Array, events[1].Category!.Value.ValueKind);
        Assert.False(events[1].SgMachineOpen);
        Assert.Equal(("blocked", "5.0.0"), (events[2].Type, events[2].Status));
        Assert.Equal(1513299569, events[2].Timestamp);
        Assert.Equal("sg_event_id_3", events[2].SgEventId);
    }

    [Fact]
    public void Documented_event_types_are_what_the_events_carry() =>
        Assert.Contains("bounce", Webhooks.Providers.SendGridEvents.All);
}
