namespace Webhooks.Sample;

/// <summary>
/// Receives Stripe's webhooks on POST /webhooks/stripe, queued: each is answered once it is stored, then handled in the
/// background, retried on failure and dead-lettered after the last attempt.
/// </summary>
[WebhookProvider("stripe", Processing = WebhookProcessing.Queued)]
public partial class StripeWebhooks(ILogger<StripeWebhooks> log)
{
    [OnEvent("payment_intent.succeeded")]
    public void OnPaymentSucceeded(StripeEvent<StripePaymentIntent> evt) =>
        log.LogInformation("Payment {PaymentIntent} succeeded: {Amount} {Currency} (minor units).",
            evt.Data.Object.Id, evt.Data.Object.Amount, evt.Data.Object.Currency);

    [OnAnyEvent]
    public void OnOtherEvent(WebhookContext context) =>
        log.LogInformation("Stripe sent {EventType} ({WebhookId}); not handled here.", context.EventType, context.WebhookId);
}
