using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.EventCoverageAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0002: an event type the provider doesn't send, on the attribute argument, with the nearest known name.</summary>
public class UnknownEventTypeTests
{
    // Every class here handles or ignores the whole catalogue, so WHK0001 stays out of the way.
    private const string CatchAll = "[OnAnyEvent] public void OnOther() { }";

    [Fact]
    public Task Flags_a_typo_on_the_argument_and_suggests_the_nearest_name() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent({|#0:"order.create"|})]
            public void OnCreated(JsonElement evt) { }

            {{CatchAll}}
        }
        """,
        [Verifier.Diagnostic("WHK0002").WithLocation(0).WithArguments("order.create", "acme", "Did you mean 'order.created'?")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Suggests_the_name_that_differs_only_in_case() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent({|#0:"Order.Shipped"|})]
            public void OnShipped() { }

            {{CatchAll}}
        }
        """,
        [Verifier.Diagnostic("WHK0002").WithLocation(0).WithArguments("Order.Shipped", "acme", "Did you mean 'order.shipped'?")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Suggests_nothing_for_a_name_far_from_any_known_one() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent({|#0:"invoice.paid"|})]
            public void OnPaid() { }

            {{CatchAll}}
        }
        """,
        [Verifier.Diagnostic("WHK0002").WithLocation(0).WithArguments("invoice.paid", "acme", "Use an event type exactly as the provider sends it.")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_typo_in_the_ignore_list_written_as_arguments_or_as_an_array() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        [IgnoreEvents("order.created", {|WHK0002:"order.shiped"|})]
        public partial class AcmeWebhooks
        {
            [OnAnyEvent] public void OnOther() { }
        }

        [WebhookProvider("acme", Path = "/webhooks/acme-2")]
        [IgnoreEvents(new[] { {|WHK0002:"order.canceled"|} })]
        public partial class MoreAcmeWebhooks
        {
            [OnAnyEvent] public void OnOther() { }
        }
        """,
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_known_names() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        [IgnoreEvents("order.cancelled")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            [OnEvent("order.shipped")]
            public void OnOrder(JsonElement evt) { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_a_provider_without_a_catalogue_or_an_unknown_provider() => Verifier.AnalyzerAsync("""
        [assembly: WebhookProviderDefinition("plain", SignatureHeader = "X-Signature")]

        [WebhookProvider("plain")]
        public partial class PlainWebhooks
        {
            [OnEvent("whatever.happened")]
            public void OnIt() { }
        }

        [WebhookProvider("nobody")]
        public partial class NobodyWebhooks
        {
            [OnEvent("whatever.happened")]
            public void OnIt() { }
        }
        """);

    [Fact]
    public Task Checks_a_built_in_catalogue()
    {
        var provider = Catalogue.ProviderWithEvents;
        var known = provider.KnownEvents[0];
        var typo = known[..^1]; // one character short
        return Verifier.AnalyzerAsync(
            $$"""
            [WebhookProvider("{{provider.Name}}")]
            public partial class Hooks
            {
                [OnEvent({|#0:"{{typo}}"|})]
                public void OnIt() { }

                {{CatchAll}}
            }
            """,
            [Verifier.Diagnostic("WHK0002").WithLocation(0).WithArguments(typo, provider.Name, $"Did you mean '{known}'?")]);
    }
}
