using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerMethodAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0010: [OnEvent] or [OnAnyEvent] in a class without [WebhookProvider].</summary>
public class HandlerOutsideProviderClassTests
{
    [Fact]
    public Task Flags_the_attribute() => Verifier.AnalyzerAsync(
        """
        public partial class NotAHandlerClass
        {
            [{|#0:OnEvent("order.created")|}]
            public void OnCreated() { }

            [{|#1:OnAnyEvent|}]
            public void OnOther() { }
        }
        """,
        [
            Verifier.Diagnostic("WHK0010").WithLocation(0).WithArguments("OnCreated", "OnEvent", "NotAHandlerClass"),
            Verifier.Diagnostic("WHK0010").WithLocation(1).WithArguments("OnOther", "OnAnyEvent", "NotAHandlerClass"),
        ]);

    [Fact]
    public Task Flags_a_derived_class_because_the_provider_attribute_is_not_inherited() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks { }

        public class MoreAcmeWebhooks : AcmeWebhooks
        {
            [{|WHK0010:OnEvent("order.created")|}]
            public void OnCreated() { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_in_a_handler_class() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void OnCreated() { }
        }
        """, TestSources.AcmeProvider);
}
