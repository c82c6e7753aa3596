using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerMethodAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0008: a built-in payload contract of another provider than the class's.</summary>
public class PayloadProviderTests
{
    private static readonly (string TypeName, string Provider) Contract = Catalogue.Contract;

    [Fact]
    public Task Flags_a_contract_of_another_provider_on_the_parameter() => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void OnCreated(global::{{Contract.TypeName}} {|#0:evt|}) { }
        }
        """,
        [Verifier.Diagnostic("WHK0008").WithLocation(0)
            .WithArguments("evt", Contract.TypeName.Split('.')[^1], Contract.Provider, "AcmeWebhooks", "acme")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_the_providers_own_contract_and_for_JsonElement() => Verifier.AnalyzerAsync($$"""
        [WebhookProvider("{{Contract.Provider}}")]
        public partial class OwnWebhooks
        {
            [OnAnyEvent]
            public void OnEvent(global::{{Contract.TypeName}} evt) { }
        }

        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnAnyEvent]
            public void OnEvent(JsonElement evt) { }
        }
        """, TestSources.AcmeProvider);
}
