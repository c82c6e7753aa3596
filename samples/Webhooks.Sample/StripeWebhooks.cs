using System.Text.Json;

namespace Webhooks.Sample;

/// <summary>Receives Stripe's webhooks on POST /webhooks/stripe.</summary>
[WebhookProvider("stripe")]
public partial class StripeWebhooks(ILogger<StripeWebhooks> log)
{
    [OnEvent("payment_intent.succeeded")]
    public void OnPaymentSucceeded(JsonElement evt) =>
        log.LogInformation("Payment {PaymentIntent} succeeded: {Amount} {Currency}.",
            evt.GetProperty("data").GetProperty("object").GetProperty("id").GetString(),
            evt.GetProperty("data").GetProperty("object").GetProperty("amount").GetInt64(),
            evt.GetProperty("data").GetProperty("object").GetProperty("currency").GetString());

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("Stripe sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
