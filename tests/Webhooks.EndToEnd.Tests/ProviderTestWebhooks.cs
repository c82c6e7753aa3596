using System.Text.Json;
using Webhooks;

[assembly: WebhookProviderDefinition("acme",
    SignatureHeader = "X-Acme-Signature",
    SignaturePrefix = "sha256=",
    EventTypeJsonPath = "kind",
    IdempotencyHeader = "X-Acme-Delivery",
    SecretEnvironmentVariable = "ACME_WEBHOOK_SECRET",
    KnownEvents = new[] { "order.created", "order.shipped" })]

// A declared JWT provider, as a team with its own identity server would write one (verified with its JwksUrl in tests).
[assembly: WebhookProviderDefinition("acme-jwt",
    Scheme = SignatureScheme.Jwt,
    SignatureHeader = "X-Acme-JWT",
    BodyHashClaim = "body_sha256",
    EventTypeJsonPath = "kind",
    IdempotencyJsonPath = "id",
    KnownEvents = new[] { "thing.happened" })]

namespace Webhooks.EndToEnd.Tests;

// One handler class per provider. Each records "{provider}:{event type}:{delivery id}" for the event it
// handles, so that the tests can see a handler ran once, or not at all.

[WebhookProvider("replicate")]
public partial class ReplicateTestWebhooks(DeliveryLog log)
{
    [OnEvent("succeeded")]
    public void OnSucceeded(JsonElement prediction, WebhookContext context) => log.Record(context);
}

[WebhookProvider("standard-webhooks")]
public partial class StandardWebhooksTestWebhooks(DeliveryLog log)
{
    [OnEvent("invoice.paid")]
    public void OnInvoicePaid(WebhookContext context) => log.Record(context);
}

[WebhookProvider("hookdeck")]
public partial class HookdeckTestWebhooks(DeliveryLog log)
{
    [OnEvent("order.created")]
    public void OnOrderCreated(JsonElement payload, WebhookContext context) => log.Record(context);
}

/// <summary>Stripe events forwarded by Hookdeck: Hookdeck's signature is verified, Stripe's event types dispatched.</summary>
[WebhookProvider("stripe", Via = "hookdeck")]
public partial class HookdeckForwardedStripeTestWebhooks(DeliveryLog log)
{
    [OnEvent("payment_intent.succeeded")]
    public void OnPaymentIntentSucceeded(JsonElement evt, WebhookContext context)
    {
        log.Record(context, "hookdeck/stripe");
        log.Record($"hookdeck-event:{context.Hookdeck()?.EventId}:{evt.GetProperty("id").GetString()}");
    }
}

[WebhookProvider("openfx")]
public partial class OpenFXTestWebhooks(DeliveryLog log)
{
    [OnEvent("deposits")]
    public void OnDeposit(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("generic")]
public partial class GenericTestWebhooks(DeliveryLog log)
{
    [OnEvent("thing.happened")]
    public Task OnThing(WebhookContext context, CancellationToken ct)
    {
        log.Record(context);
        return Task.CompletedTask;
    }

    // Recorded under its own name, so that the provider matrix still sees unhandled events run no [OnEvent] method.
    [OnAnyEvent]
    public void OnAnyOtherEvent(WebhookContext context) => log.Record(context, "generic-any");
}

[WebhookProvider("stripe")]
public partial class StripeTestWebhooks(DeliveryLog log)
{
    [OnEvent("payment_intent.succeeded")]
    public void OnPaymentIntentSucceeded(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("github")]
public partial class GitHubTestWebhooks(DeliveryLog log)
{
    [OnEvent("push")]
    public void OnPush(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("slack")]
public partial class SlackTestWebhooks(DeliveryLog log)
{
    [OnEvent("app_mention")]
    public void OnAppMention(JsonElement envelope, WebhookContext context) => log.Record(context);
}

[WebhookProvider("shopify")]
public partial class ShopifyTestWebhooks(DeliveryLog log)
{
    [OnEvent("orders/create")]
    public void OnOrderCreated(JsonElement order, WebhookContext context) => log.Record(context);
}

[WebhookProvider("twilio")]
public partial class TwilioTestWebhooks(DeliveryLog log)
{
    [OnEvent("delivered")]
    public void OnDelivered(WebhookContext context)
    {
        log.Record(context);
        log.Record($"twilio-sid:{context.FormFields()["MessageSid"]}");
    }
}

[WebhookProvider("vercel")]
public partial class VercelTestWebhooks(DeliveryLog log)
{
    [OnEvent("deployment.created")]
    public void OnDeploymentCreated(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("acme")]
public partial class AcmeTestWebhooks(DeliveryLog log)
{
    [OnEvent("order.created")]
    public void OnOrderCreated(JsonElement order, WebhookContext context) => log.Record(context);
}

[WebhookProvider("clerk")]
public partial class ClerkTestWebhooks(DeliveryLog log)
{
    [OnEvent("user.created")]
    public void OnUserCreated(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("resend")]
public partial class ResendTestWebhooks(DeliveryLog log)
{
    [OnEvent("email.sent")]
    public void OnEmailSent(JsonElement evt, WebhookContext context) => log.Record(context);
}

[WebhookProvider("woocommerce")]
public partial class WooCommerceTestWebhooks(DeliveryLog log)
{
    [OnEvent("order.created")]
    public void OnOrderCreated(JsonElement order, WebhookContext context) => log.Record(context);
}

[WebhookProvider("cursor")]
public partial class CursorTestWebhooks(DeliveryLog log)
{
    [OnEvent("FINISHED")]
    public void OnFinished(JsonElement agent, WebhookContext context) => log.Record(context);
}

[WebhookProvider("bitbucket")]
public partial class BitbucketTestWebhooks(DeliveryLog log)
{
    [OnEvent("repo:push")]
    public void OnPush(JsonElement push, WebhookContext context) => log.Record(context);
}

[WebhookProvider("aftership")]
public partial class AfterShipTestWebhooks(DeliveryLog log)
{
    [OnEvent("tracking_update")]
    public void OnTrackingUpdate(JsonElement tracking, WebhookContext context) => log.Record(context);
}

[WebhookProvider("acme-jwt")]
public partial class AcmeJwtTestWebhooks(DeliveryLog log)
{
    [OnEvent("thing.happened")]
    public void OnThingHappened(JsonElement thing, WebhookContext context) => log.Record(context);
}

[WebhookProvider("fusionauth")]
public partial class FusionAuthTestWebhooks(DeliveryLog log)
{
    [OnEvent("user.create")]
    public void OnUserCreate(FusionAuthEvent delivery, WebhookContext context)
    {
        if (delivery.Event.User?.Email is { Length: > 0 })
        {
            log.Record(context);
        }
    }
}

/// <summary>SendGrid posts a batch: one handler receives every event of it, and records each by its sg_event_id.</summary>
[WebhookProvider("sendgrid")]
public partial class SendGridTestWebhooks(DeliveryLog log)
{
    [OnEvent("batch")]
    public void OnBatch(SendGridEvent[] events)
    {
        foreach (var e in events)
        {
            log.Record($"sendgrid:{e.Event}:{e.SgEventId}");
        }
    }
}

[WebhookProvider("gitlab")]
public partial class GitLabTestWebhooks(DeliveryLog log)
{
    [OnEvent("Push Hook")]
    public void OnPush(GitLabPushEvent push, WebhookContext context) => log.Record($"gitlab:{context.EventType}:{push.After}");
}

[WebhookProvider("chargebee")]
public partial class ChargebeeTestWebhooks(DeliveryLog log)
{
    [OnEvent("subscription_created")]
    public void OnSubscriptionCreated(ChargebeeEvent evt, WebhookContext context) => log.Record(context);
}

// Postmark sends no delivery id: the message id in the body names the delivery.
[WebhookProvider("postmark")]
public partial class PostmarkTestWebhooks(DeliveryLog log)
{
    [OnEvent("Bounce")]
    public void OnBounce(PostmarkBounce bounce, WebhookContext context) => log.Record($"postmark:{context.EventType}:{bounce.MessageId}");
}

[WebhookProvider("deepgram")]
public partial class DeepgramTestWebhooks(DeliveryLog log)
{
    [OnEvent("callback")]
    public void OnCallback(DeepgramCallback callback, WebhookContext context) => log.Record(context);
}

[WebhookProvider("paddle")]
public partial class PaddleTestWebhooks(DeliveryLog log)
{
    [OnEvent("transaction.completed")]
    public void OnTransactionCompleted(PaddleEvent<PaddleTransaction> evt, WebhookContext context) => log.Record(context);
}

// The next three send no delivery id: each records the body's id instead, so that the tests can count redeliveries.

[WebhookProvider("elevenlabs")]
public partial class ElevenLabsTestWebhooks(DeliveryLog log)
{
    [OnEvent("post_call_transcription")]
    public void OnTranscription(ElevenLabsEvent<ElevenLabsPostCallTranscription> evt, WebhookContext context) =>
        log.Record($"elevenlabs:{context.EventType}:{evt.Data.ConversationId}");
}

[WebhookProvider("webflow")]
public partial class WebflowTestWebhooks(DeliveryLog log)
{
    [OnEvent("form_submission")]
    public void OnFormSubmission(WebflowEvent<WebflowFormSubmission> evt, WebhookContext context) =>
        log.Record($"webflow:{context.EventType}:{evt.Payload.Id}");
}

[WebhookProvider("calendly")]
public partial class CalendlyTestWebhooks(DeliveryLog log)
{
    [OnEvent("invitee.created")]
    public void OnInviteeCreated(CalendlyEvent<CalendlyInvitee> evt, WebhookContext context) =>
        log.Record($"calendly:{context.EventType}:{evt.Payload.Uri}");
}
