using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Source-generated System.Text.Json metadata for the built-in payload contracts, so that handlers
/// deserialize without reflection (and publish with Native AOT). The generator finds a contract's
/// <c>JsonTypeInfo&lt;T&gt;</c> here by type, so every contract a handler may take is a root below.
/// </summary>
/// <remarks>
/// Nullable annotations are enforced: JSON <c>null</c> for a member declared non-nullable fails the payload
/// instead of handing the handler a <c>null</c> it was promised it would never see. System.Text.Json checks
/// members only, not the elements of lists or the values of dictionaries.
/// </remarks>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(OpenAIEvent))]
[JsonSerializable(typeof(ReplicatePrediction))]
[JsonSerializable(typeof(StripeEvent))]
[JsonSerializable(typeof(StripeEvent<StripePaymentIntent>))]
[JsonSerializable(typeof(StripeEvent<StripeCheckoutSession>))]
[JsonSerializable(typeof(StripeEvent<StripeInvoice>))]
[JsonSerializable(typeof(StripeEvent<StripeSubscription>))]
[JsonSerializable(typeof(StripeEvent<StripeCustomer>))]
[JsonSerializable(typeof(StripeEvent<StripeCharge>))]
[JsonSerializable(typeof(StripePaymentIntent))]
[JsonSerializable(typeof(StripeCheckoutSession))]
[JsonSerializable(typeof(StripeInvoice))]
[JsonSerializable(typeof(StripeSubscription))]
[JsonSerializable(typeof(StripeCustomer))]
[JsonSerializable(typeof(StripeCharge))]
[JsonSerializable(typeof(GitHubEvent))]
[JsonSerializable(typeof(GitHubPushEvent))]
[JsonSerializable(typeof(GitHubPullRequestEvent))]
[JsonSerializable(typeof(GitHubIssuesEvent))]
[JsonSerializable(typeof(GitHubPingEvent))]
[JsonSerializable(typeof(SlackEventCallback))]
[JsonSerializable(typeof(SlackUrlVerification))]
[JsonSerializable(typeof(ShopifyOrder))]
[JsonSerializable(typeof(ShopifyProduct))]
[JsonSerializable(typeof(ShopifyCustomersDataRequest))]
[JsonSerializable(typeof(ShopifyCustomersRedact))]
[JsonSerializable(typeof(ShopifyShopRedact))]
[JsonSerializable(typeof(ShopifyAppUninstalled))]
[JsonSerializable(typeof(VercelEvent))]
[JsonSerializable(typeof(VercelDeploymentPayload))]
[JsonSerializable(typeof(OpenFXEvent))]
[JsonSerializable(typeof(List<OpenFXTransfer>))]
[JsonSerializable(typeof(StandardWebhookEvent))]
[JsonSerializable(typeof(ClerkEvent))]
[JsonSerializable(typeof(ClerkUser))]
[JsonSerializable(typeof(ResendEvent))]
[JsonSerializable(typeof(ResendEmail))]
[JsonSerializable(typeof(WooCommerceOrder))]
[JsonSerializable(typeof(CursorStatusChange))]
[JsonSerializable(typeof(BitbucketEvent))]
[JsonSerializable(typeof(BitbucketPullRequest))]
[JsonSerializable(typeof(AfterShipEvent))]
[JsonSerializable(typeof(SendGridEvent[]))]
[JsonSerializable(typeof(List<SendGridEvent>))]
[JsonSerializable(typeof(FusionAuthEvent))]
[JsonSerializable(typeof(GitLabEvent))]
[JsonSerializable(typeof(GitLabPushEvent))]
[JsonSerializable(typeof(GitLabMergeRequestEvent))]
[JsonSerializable(typeof(GitLabIssueEvent))]
[JsonSerializable(typeof(GitLabPipelineEvent))]
[JsonSerializable(typeof(ChargebeeEvent))]
[JsonSerializable(typeof(PostmarkBounce))]
[JsonSerializable(typeof(PostmarkDelivery))]
[JsonSerializable(typeof(PostmarkOpen))]
[JsonSerializable(typeof(PostmarkClick))]
[JsonSerializable(typeof(PostmarkSubscriptionChange))]
[JsonSerializable(typeof(PostmarkInboundMessage))]
[JsonSerializable(typeof(DeepgramCallback))]
[JsonSerializable(typeof(PaddleEvent))]
[JsonSerializable(typeof(PaddleEvent<PaddleSubscription>))]
[JsonSerializable(typeof(PaddleEvent<PaddleTransaction>))]
[JsonSerializable(typeof(PaddleEvent<PaddleCustomer>))]
public sealed partial class WebhookContractsJsonContext : JsonSerializerContext;
