using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerMethodAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0014: an event-specific contract on another event, or an object that arrives only inside a delivery.</summary>
public class PayloadFitsEventTests
{
    [Fact]
    public Task Flags_an_event_specific_contract_on_another_event() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("github")]
        public partial class GitHubWebhooks
        {
            [OnEvent("issues")]
            public void OnIssues(GitHubPushEvent {|#0:evt|}) { }
        }
        """,
        [Verifier.Diagnostic("WHK0014").WithLocation(0)
            .WithArguments("evt", "GitHubPushEvent", "describes only push, not issues", "the provider's general contract or JsonElement")]);

    [Fact]
    public Task Flags_an_event_specific_contract_on_a_catch_all() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("github")]
        public partial class GitHubWebhooks
        {
            [OnAnyEvent]
            public void OnAny(GitHubPingEvent {|#0:evt|}) { }
        }
        """,
        [Verifier.Diagnostic("WHK0014").WithLocation(0)
            .WithArguments("evt", "GitHubPingEvent", "describes only ping, not every other event", "the provider's general contract or JsonElement")]);

    [Fact]
    public Task Flags_an_object_that_only_arrives_inside_an_event() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("stripe")]
        public partial class StripeWebhooks
        {
            [OnEvent("payment_intent.succeeded")]
            public void OnPaid(StripePaymentIntent {|#0:intent|}) { }
        }
        """,
        [Verifier.Diagnostic("WHK0014").WithLocation(0)
            .WithArguments("intent", "StripePaymentIntent", "is an object inside a delivery, not a delivery body",
                "the provider's event contract that carries it (for Stripe objects, StripeEvent<StripePaymentIntent>), or JsonElement")]);

    [Fact]
    public Task Is_quiet_for_fitting_contracts_general_contracts_and_JsonElement() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("github")]
        public partial class GitHubWebhooks
        {
            [OnEvent("push")]
            public void OnPush(GitHubPushEvent evt) { }

            [OnEvent("issues")]
            public void OnIssues(GitHubEvent evt) { }

            [OnAnyEvent]
            public void OnAny(JsonElement evt) { }
        }

        [WebhookProvider("stripe")]
        public partial class StripeWebhooks
        {
            [OnEvent("payment_intent.succeeded")]
            public void OnPaid(StripeEvent<StripePaymentIntent> evt) { }

            [OnEvent("invoice.paid")]
            public void OnInvoice(StripeEvent evt) { }
        }
        """);
}
