using System.Text.Json;

namespace Webhooks.Cli.Tests;

// One handler class per provider. The default event of each is taken with the provider's built-in contract (so that
// the fixtures fit the contracts the runtime deserializes), every other event by [OnAnyEvent]; each records the raw
// body, so that tests see what the handler saw.

[WebhookProvider("openai", Processing = WebhookProcessing.Queued)]
public partial class OpenAIHandlers(DeliveryLog log)
{
    [OnEvent("batch.completed")]
    public void OnCompleted(OpenAIEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Data.Id);

    [OnEvent("batch.failed")]
    public void OnFailed(WebhookContext context, string body)
    {
        if (log.Broken)
        {
            throw new InvalidOperationException("the batch store is down");
        }

        log.Record(context, body);
    }

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("replicate")]
public partial class ReplicateHandlers(DeliveryLog log)
{
    [OnEvent("succeeded")]
    public void OnSucceeded(ReplicatePrediction prediction, WebhookContext context, string body) => log.Record(context, body, "contract:" + prediction.Id);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("standard-webhooks")]
public partial class StandardWebhooksHandlers(DeliveryLog log)
{
    [OnEvent("contact.created")]
    public void OnCreated(StandardWebhookEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Type);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("hookdeck")]
public partial class HookdeckHandlers(DeliveryLog log)
{
    [OnEvent("order.created")]
    public void OnCreated(JsonElement order, WebhookContext context, string body) => log.Record(context, body, "contract:" + context.Hookdeck()?.SourceName);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("openfx")]
public partial class OpenFXHandlers(DeliveryLog log)
{
    [OnEvent("deposits")]
    public void OnDeposit(OpenFXEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.GetTransfers()?[0].Amount);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("generic")]
public partial class GenericHandlers(DeliveryLog log)
{
    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("stripe")]
public partial class StripeHandlers(DeliveryLog log)
{
    [OnEvent("payment_intent.succeeded")]
    public void OnSucceeded(StripeEvent<StripePaymentIntent> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Data.Object.Amount);

    [OnEvent("invoice.paid")]
    public void OnPaid(StripeEvent<StripeInvoice> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Data.Object.AmountPaid);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("github")]
public partial class GitHubHandlers(DeliveryLog log)
{
    [OnEvent("push")]
    public void OnPush(GitHubPushEvent push, WebhookContext context, string body) => log.Record(context, body, "contract:" + push.Repository?.FullName);

    [OnEvent("pull_request")]
    public void OnPullRequest(GitHubPullRequestEvent pr, WebhookContext context, string body) => log.Record(context, body, "contract:" + pr.Number);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("slack")]
public partial class SlackHandlers(DeliveryLog log)
{
    [OnEvent("app_mention")]
    public void OnMention(SlackEventCallback callback, WebhookContext context, string body) => log.Record(context, body, "contract:" + callback.Event.Text);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("shopify")]
public partial class ShopifyHandlers(DeliveryLog log)
{
    [OnEvent("orders/create")]
    public void OnOrder(ShopifyOrder order, WebhookContext context, string body) => log.Record(context, body, "contract:" + order.TotalPrice);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("twilio")]
public partial class TwilioHandlers(DeliveryLog log)
{
    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body, "contract:" + (context.FormFields().TryGetValue("MessageSid", out var sid) ? sid.ToString() : "call"));
}

[WebhookProvider("vercel")]
public partial class VercelHandlers(DeliveryLog log)
{
    [OnEvent("deployment.created")]
    public void OnCreated(VercelEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.GetDeploymentPayload()?.Deployment?.Id);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("clerk")]
public partial class ClerkHandlers(DeliveryLog log)
{
    [OnEvent("user.created")]
    public void OnUserCreated(ClerkEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.GetUser()?.FirstName);
}

[WebhookProvider("fusionauth")]
public partial class FusionAuthHandlers(DeliveryLog log)
{
    [OnEvent("user.create")]
    public void OnUserCreate(FusionAuthEvent delivery, WebhookContext context, string body) => log.Record(context, body, "contract:" + delivery.Event.User?.Email);
}

[WebhookProvider("gitlab")]
public partial class GitLabHandlers(DeliveryLog log)
{
    [OnEvent("Push Hook")]
    public void OnPush(GitLabPushEvent push, WebhookContext context, string body) => log.Record(context, body, "contract:" + push.Ref);
}

[WebhookProvider("paddle")]
public partial class PaddleHandlers(DeliveryLog log)
{
    [OnEvent("transaction.completed")]
    public void OnTransactionCompleted(PaddleEvent<PaddleTransaction> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Data.Status);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("resend")]
public partial class ResendHandlers(DeliveryLog log)
{
    [OnEvent("email.sent")]
    public void OnEmailSent(ResendEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.GetEmail()?.Subject);
}

[WebhookProvider("chargebee")]
public partial class ChargebeeHandlers(DeliveryLog log)
{
    [OnEvent("subscription_created")]
    public void OnSubscription(ChargebeeEvent evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Content.Subscription?.Status);
}

[WebhookProvider("elevenlabs")]
public partial class ElevenLabsHandlers(DeliveryLog log)
{
    [OnEvent("post_call_transcription")]
    public void OnTranscription(ElevenLabsEvent<ElevenLabsPostCallTranscription> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Data.Status);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("woocommerce")]
public partial class WooCommerceHandlers(DeliveryLog log)
{
    [OnEvent("order.created")]
    public void OnOrderCreated(WooCommerceOrder order, WebhookContext context, string body) => log.Record(context, body, "contract:" + order.Total);
}

[WebhookProvider("postmark")]
public partial class PostmarkHandlers(DeliveryLog log)
{
    [OnEvent("Bounce")]
    public void OnBounce(PostmarkBounce bounce, WebhookContext context, string body) => log.Record(context, body, "contract:" + bounce.Type);
}

[WebhookProvider("webflow")]
public partial class WebflowHandlers(DeliveryLog log)
{
    [OnEvent("form_submission")]
    public void OnFormSubmission(WebflowEvent<WebflowFormSubmission> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Payload.Name);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("cursor")]
public partial class CursorHandlers(DeliveryLog log)
{
    [OnEvent("FINISHED")]
    public void OnFinished(CursorStatusChange agent, WebhookContext context, string body) => log.Record(context, body, "contract:" + agent.Target?.BranchName);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("bitbucket")]
public partial class BitbucketHandlers(DeliveryLog log)
{
    [OnEvent("repo:push")]
    public void OnPush(BitbucketEvent push, WebhookContext context, string body) => log.Record(context, body, "contract:" + push.Repository?.FullName);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("aftership")]
public partial class AfterShipHandlers(DeliveryLog log)
{
    [OnEvent("tracking_update")]
    public void OnTrackingUpdate(AfterShipEvent tracking, WebhookContext context, string body) => log.Record(context, body, "contract:" + tracking.Msg?.Tag);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}

[WebhookProvider("sendgrid")]
public partial class SendGridHandlers(DeliveryLog log)
{
    [OnEvent("batch")]
    public void OnBatch(SendGridEvent[] events, WebhookContext context, string body) => log.Record(context, body, "contract:" + events.Length);
}

[WebhookProvider("deepgram")]
public partial class DeepgramHandlers(DeliveryLog log)
{
    [OnEvent("callback")]
    public void OnCallback(DeepgramCallback callback, WebhookContext context, string body) =>
        log.Record(context, body, "contract:" + callback.Results?.Channels[0].Alternatives[0].Transcript);
}
[WebhookProvider("calendly")]
public partial class CalendlyHandlers(DeliveryLog log)
{
    [OnEvent("invitee.created")]
    public void OnInviteeCreated(CalendlyEvent<CalendlyInvitee> evt, WebhookContext context, string body) => log.Record(context, body, "contract:" + evt.Payload.Status);

    [OnAnyEvent]
    public void OnAny(WebhookContext context, string body) => log.Record(context, body);
}
