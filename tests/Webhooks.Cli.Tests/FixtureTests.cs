using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Tests;

/// <summary>The built-in fixtures: every provider's, each a documented event, each fitting the provider's contract.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string, string> Fixtures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in WebhookFixtures.Providers)
            {
                foreach (var eventType in WebhookFixtures.Events(provider))
                {
                    data.Add(provider, eventType);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_built_in_provider_has_fixtures_and_a_default_event()
    {
        Assert.Equal(BuiltInProviders.All.Select(p => p.Name), WebhookFixtures.Providers);
        Assert.All(WebhookFixtures.Providers, p => Assert.Equal(WebhookFixtures.Events(p)[0], WebhookFixtures.DefaultEvent(p)));
        // Two events at least, unless the provider has only one (every Deepgram callback is "callback", every SendGrid delivery a "batch").
        Assert.All(WebhookFixtures.Providers, p => Assert.True(WebhookFixtures.Events(p).Count >= Math.Min(2, BuiltInProviders.Find(p)!.KnownEvents.Count is 0 or > 1 ? 2 : 1), p));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_an_event_the_provider_documents_and_fits_its_contract(string provider, string eventType)
    {
        var descriptor = BuiltInProviders.Find(provider)!;
        var fixture = WebhookFixtures.Create(provider, eventType);

        if (descriptor.KnownEvents.Count > 0)
        {
            Assert.True(descriptor.KnownEvents.Contains(eventType) || eventType == descriptor.HandshakeEventType, $"{provider} doesn't document {eventType}");
        }

        Assert.Equal(eventType, fixture.EventType);
        if (fixture.Form is { } form)
        {
            Assert.Equal(eventType, form.First(f => f.Key is "MessageStatus" or "CallStatus").Value);
            return;
        }

        using var document = JsonDocument.Parse(fixture.Json!);
        if (descriptor.EventType.Kind == ValueSourceKind.JsonPath)
        {
            // Where the runtime reads it: the path, else its fallbacks (Slack: event.type, else the outer type; Postmark:
            // RecordType, else Inbound).
            var dispatched = descriptor.EventTypeFallbacks.Prepend(descriptor.EventType).Select(s => s.Kind == ValueSourceKind.Constant ? s.Name : Read(document.RootElement, s.Name)).FirstOrDefault(v => v is not null);
            Assert.Equal(eventType, dispatched);
        }

        if (Contract(provider, eventType) is { } contract)
        {
            var value = JsonSerializer.Deserialize(fixture.Json!, contract);
            Assert.NotNull(value);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Two_fixtures_of_an_event_are_two_deliveries(string provider, string eventType)
    {
        var descriptor = BuiltInProviders.Find(provider)!;
        var (first, second) = (WebhookFixtures.Create(provider, eventType), WebhookFixtures.Create(provider, eventType));
        var bodyKeys = descriptor.IdempotencyKeys.Where(k => k.Kind == ValueSourceKind.JsonPath).ToList();
        if (bodyKeys.Count > 0 && first.Json is not null && eventType != descriptor.HandshakeEventType)
        {
            var path = bodyKeys[0].Name;
            Assert.NotEqual(Read(JsonDocument.Parse(first.Json).RootElement, path), Read(JsonDocument.Parse(second.Json!).RootElement, path));
        }

        // Providers that deduplicate on a header get a fresh id there from the signer, every time.
        var sender = new WebhookSender(provider, TestApp.Secrets[provider]);
        using var one = sender.CreateRequest(first, "http://127.0.0.1/webhooks/" + provider);
        using var two = sender.CreateRequest(second, "http://127.0.0.1/webhooks/" + provider);
        // A header key the signer doesn't send is an alternative name (standard-webhooks' svix-id beside webhook-id).
        foreach (var key in descriptor.IdempotencyKeys.Where(k => k.Kind == ValueSourceKind.Header && one.Headers.Contains(k.Name)))
        {
            Assert.NotEqual(one.Headers.GetValues(key.Name).Single(), two.Headers.GetValues(key.Name).Single());
        }
    }

    [Fact]
    public void An_event_without_a_fixture_of_its_own_is_written_from_its_family_with_its_own_type()
    {
        Assert.Equal("invoice.paid", WebhookFixtures.FixtureEvent("stripe", "invoice.voided"));
        Assert.Equal("customer.subscription.created", WebhookFixtures.FixtureEvent("stripe", "customer.subscription.paused"));
        Assert.Equal("payment_intent.succeeded", WebhookFixtures.FixtureEvent("stripe", "radar.early_fraud_warning.created"));
        Assert.Equal("orders/create", WebhookFixtures.FixtureEvent("shopify", "orders/edited"));
        var voided = WebhookFixtures.Create("stripe", "invoice.voided");
        Assert.Equal("invoice.voided", JsonDocument.Parse(voided.Json!).RootElement.GetProperty("type").GetString());
        Assert.Equal("invoice", JsonDocument.Parse(voided.Json!).RootElement.GetProperty("data").GetProperty("object").GetProperty("object").GetString());
        Assert.Throws<ArgumentException>(() => WebhookFixtures.Create("acme"));
    }

    private static string? Read(JsonElement element, string path)
    {
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    // The built-in contract a handler of the event would take.
    private static JsonTypeInfo? Contract(string provider, string eventType)
    {
        var json = WebhookContractsJsonContext.Default;
        return provider switch
        {
            "openai" => json.OpenAIEvent,
            "replicate" => json.ReplicatePrediction,
            "standard-webhooks" => json.StandardWebhookEvent,
            "openfx" => json.OpenFXEvent,
            "clerk" => json.ClerkEvent,
            "resend" => json.ResendEvent,
            "woocommerce" when eventType.StartsWith("order.", StringComparison.Ordinal) && eventType != "order.deleted" => json.WooCommerceOrder,
            "cursor" => json.CursorStatusChange,
            "bitbucket" => json.BitbucketEvent,
            "aftership" => json.AfterShipEvent,
            "paddle" => eventType.Split('.')[0] switch
            {
                "transaction" => json.PaddleEventPaddleTransaction,
                "subscription" => json.PaddleEventPaddleSubscription,
                "customer" => json.PaddleEventPaddleCustomer,
                _ => json.PaddleEvent,
            },
            "elevenlabs" => eventType switch
            {
                "post_call_transcription" => json.ElevenLabsEventElevenLabsPostCallTranscription,
                "post_call_audio" => json.ElevenLabsEventElevenLabsPostCallAudio,
                "call_initiation_failure" => json.ElevenLabsEventElevenLabsCallInitiationFailure,
                _ => json.ElevenLabsEvent,
            },
            "webflow" => eventType switch
            {
                "form_submission" => json.WebflowEventWebflowFormSubmission,
                "site_publish" => json.WebflowEventWebflowSitePublish,
                _ when eventType.StartsWith("collection_item_", StringComparison.Ordinal) => json.WebflowEventWebflowCollectionItem,
                _ => json.WebflowEvent,
            },
            "calendly" => eventType.StartsWith("invitee.", StringComparison.Ordinal) ? json.CalendlyEventCalendlyInvitee : eventType == "routing_form_submission.created" ? json.CalendlyEventCalendlyRoutingFormSubmission : json.CalendlyEvent,
            "vercel" => json.VercelEvent,
            "chargebee" => json.ChargebeeEvent,
            "deepgram" => json.DeepgramCallback,
            "gitlab" => eventType switch
            {
                "Push Hook" => json.GitLabPushEvent,
                "Merge Request Hook" => json.GitLabMergeRequestEvent,
                "Issue Hook" => json.GitLabIssueEvent,
                "Pipeline Hook" => json.GitLabPipelineEvent,
                _ => json.GitLabEvent,
            },
            "postmark" => eventType switch
            {
                "Bounce" or "SpamComplaint" => json.PostmarkBounce,
                "Delivery" => json.PostmarkDelivery,
                "Open" => json.PostmarkOpen,
                "Click" => json.PostmarkClick,
                "SubscriptionChange" => json.PostmarkSubscriptionChange,
                _ => json.PostmarkInboundMessage,
            },
            "slack" => eventType == "url_verification" ? json.SlackUrlVerification : json.SlackEventCallback,
            "stripe" or "hookdeck" when eventType.Contains('.') && !eventType.StartsWith("order.", StringComparison.Ordinal) => eventType.Split('.')[0] switch
            {
                "payment_intent" => json.StripeEventStripePaymentIntent,
                "charge" => json.StripeEventStripeCharge,
                "checkout" => json.StripeEventStripeCheckoutSession,
                "invoice" => json.StripeEventStripeInvoice,
                "customer" when eventType.StartsWith("customer.subscription.", StringComparison.Ordinal) => json.StripeEventStripeSubscription,
                "customer" => json.StripeEventStripeCustomer,
                _ => json.StripeEvent,
            },
            "github" => eventType switch
            {
                "push" => json.GitHubPushEvent,
                "ping" => json.GitHubPingEvent,
                "pull_request" => json.GitHubPullRequestEvent,
                "issues" => json.GitHubIssuesEvent,
                _ => json.GitHubEvent,
            },
            "shopify" => eventType switch
            {
                _ when eventType.StartsWith("orders/", StringComparison.Ordinal) => json.ShopifyOrder,
                _ when eventType.StartsWith("products/", StringComparison.Ordinal) => json.ShopifyProduct,
                "app/uninstalled" => json.ShopifyAppUninstalled,
                "customers/data_request" => json.ShopifyCustomersDataRequest,
                "customers/redact" => json.ShopifyCustomersRedact,
                "shop/redact" => json.ShopifyShopRedact,
                _ => null,
            },
            _ => null,
        };
    }
}
