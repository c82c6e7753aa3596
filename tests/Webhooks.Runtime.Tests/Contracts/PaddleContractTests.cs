using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Paddle Billing's notifications, read through the built-in source-generated metadata.</summary>
public sealed class PaddleContractTests
{
    // PaddleHQ/paddle-python-sdk tests/Unit/Notification/_fixtures/standard_payload.json @ 48c8cc0: a real delivery.
    private const string CustomerCreated = """{"data":{"id":"ctm_01hs0tqf76sxmp7ba5e4mw1sc8","name":"John Doe","email":"blackhole+verification2@paddle.com","locale":"en","status":"active","created_at":"2024-03-15T10:32:37.862Z","updated_at":"2024-03-15T10:32:37.862Z","custom_data":null,"import_meta":null,"marketing_consent":false},"event_id":"evt_01hs0tqfme2xwb2hvwv87p8y3w","event_type":"customer.created","occurred_at":"2024-03-15T10:32:38.286848Z","notification_id":"ntf_01hs0tqfrhgkyp39x4wyvy7h6n"}""";

    // The shape of https://developer.paddle.com/webhooks/transactions/transaction-completed, abridged.
    private const string TransactionCompleted = """
        {
          "event_id": "evt_01hv8wt9cjswbfqpb1mrp9wvfh",
          "event_type": "transaction.completed",
          "occurred_at": "2024-04-12T10:18:49.621022Z",
          "notification_id": "ntf_01hv8wt9fx4cw6m8gmgq3x8bmh",
          "data": {
            "id": "txn_01hv8wptq8987qeep44cyrewp9",
            "status": "completed",
            "customer_id": "ctm_01hv8wt8nffez4p2t6typn4a5j",
            "subscription_id": "sub_01hv8x29kz0t586xy6zn1a62ny",
            "invoice_number": "325-10566",
            "currency_code": "USD",
            "origin": "web",
            "details": {"totals": {"total": "3240", "currency_code": "USD"}},
            "custom_data": {"order": "1001"},
            "billed_at": "2024-04-12T10:18:48.294633Z",
            "created_at": "2024-04-12T10:12:33.2014Z"
          }
        }
        """;

    private const string SubscriptionCanceled = """
        {"event_id":"evt_1","event_type":"subscription.canceled","occurred_at":"2024-04-12T10:37:59Z","notification_id":"ntf_1",
         "data":{"id":"sub_01hv8x29kz0t586xy6zn1a62ny","status":"canceled","customer_id":"ctm_1","currency_code":"USD","next_billed_at":null,"canceled_at":"2024-04-12T10:37:59.556997Z","items":[{"quantity":1}]}}
        """;

    [Fact]
    public void Customer_created_is_read()
    {
        var evt = JsonSerializer.Deserialize(CustomerCreated, WebhookContractsJsonContext.Default.PaddleEventPaddleCustomer)!;

        Assert.Equal("evt_01hs0tqfme2xwb2hvwv87p8y3w", evt.EventId);
        Assert.Equal("customer.created", evt.EventType);
        Assert.Equal("ntf_01hs0tqfrhgkyp39x4wyvy7h6n", evt.NotificationId);
        Assert.Equal(DateTimeOffset.Parse("2024-03-15T10:32:38.286848Z", System.Globalization.CultureInfo.InvariantCulture), evt.OccurredAt);
        Assert.Equal("ctm_01hs0tqf76sxmp7ba5e4mw1sc8", evt.Data.Id);
        Assert.Equal("blackhole+verification2@paddle.com", evt.Data.Email);
        Assert.False(evt.Data.MarketingConsent);
        Assert.Equal(JsonValueKind.Null, evt.Data.AdditionalProperties!["import_meta"].ValueKind);
    }

    [Fact]
    public void Transaction_completed_is_read()
    {
        var evt = JsonSerializer.Deserialize(TransactionCompleted, WebhookContractsJsonContext.Default.PaddleEventPaddleTransaction)!;

        Assert.Equal("completed", evt.Data.Status);
        Assert.Equal("sub_01hv8x29kz0t586xy6zn1a62ny", evt.Data.SubscriptionId);
        Assert.Equal("3240", evt.Data.Details!.Value.GetProperty("totals").GetProperty("total").GetString());
        Assert.Equal("1001", evt.Data.CustomData!.Value.GetProperty("order").GetString());
    }

    [Fact]
    public void Subscription_canceled_is_read()
    {
        var evt = JsonSerializer.Deserialize(SubscriptionCanceled, WebhookContractsJsonContext.Default.PaddleEventPaddleSubscription)!;

        Assert.Equal("canceled", evt.Data.Status);
        Assert.Null(evt.Data.NextBilledAt);
        Assert.NotNull(evt.Data.CanceledAt);
    }

    [Fact]
    public void Any_event_keeps_its_data_as_json()
    {
        var evt = JsonSerializer.Deserialize(TransactionCompleted, WebhookContractsJsonContext.Default.PaddleEvent)!;

        Assert.Equal("txn_01hv8wptq8987qeep44cyrewp9", evt.Data.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"event_id":"e","event_type":"customer.created","occurred_at":"2024-03-15T10:32:38Z","data":null}""")]
    [InlineData("""{"event_id":"e","event_type":null,"occurred_at":"2024-03-15T10:32:38Z","data":{"id":"c","email":"a@b","status":"active"}}""")]
    public void Null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.PaddleEventPaddleCustomer));

    [Fact]
    public void Contracts_name_paddle()
    {
        Assert.Equal("paddle", typeof(PaddleEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
        Assert.Equal("paddle", typeof(PaddleEvent<PaddleTransaction>).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
