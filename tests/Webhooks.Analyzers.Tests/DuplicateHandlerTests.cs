using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.EventCoverageAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0003 (an event handled twice) and WHK0011 (a second catch-all).</summary>
public class DuplicateHandlerTests
{
    [Fact]
    public Task Flags_the_second_handler_of_an_event_on_its_argument() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void Store(JsonElement evt) { }

            [OnEvent({|#0:"order.created"|})]
            public void Log(JsonElement evt) { }

            [OnAnyEvent] public void OnOther() { }
        }
        """,
        [Verifier.Diagnostic("WHK0003").WithLocation(0).WithArguments("order.created", "Store")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_the_same_event_twice_on_one_method() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            [OnEvent({|WHK0003:"order.created"|})]
            public void Store(JsonElement evt) { }

            [OnAnyEvent] public void OnOther() { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_distinct_events_and_separate_classes() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void OnCreated() { }
            [OnEvent("order.shipped")] public void OnShipped() { }
            [OnAnyEvent] public void OnOther() { }
        }

        [WebhookProvider("acme", Path = "/webhooks/acme-audit")]
        public partial class AcmeAuditWebhooks
        {
            [OnEvent("order.created")] public void OnCreated() { }
            [OnAnyEvent] public void OnOther() { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_second_catch_all_on_its_attribute() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnAnyEvent]
            public void LogEvent(WebhookContext context) { }

            [{|#0:OnAnyEvent|}]
            public void CountEvent(WebhookContext context) { }
        }
        """,
        [Verifier.Diagnostic("WHK0011").WithLocation(0).WithArguments("AcmeWebhooks", "LogEvent", "CountEvent")],
        TestSources.AcmeProvider);
}
