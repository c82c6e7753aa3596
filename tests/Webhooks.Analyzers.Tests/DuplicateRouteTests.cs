using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.RouteConflictAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0009: two handler classes on one route, as MapWebhooks() would find at start-up.</summary>
public class DuplicateRouteTests
{
    [Fact]
    public Task Flags_the_later_class_on_the_providers_default_route() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks { }

        [{|#0:WebhookProvider("acme")|}]
        public partial class BackupAcmeWebhooks { }
        """,
        [Verifier.Diagnostic("WHK0009").WithLocation(0).WithArguments("BackupAcmeWebhooks", "AcmeWebhooks", "/webhooks/acme")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Compares_explicit_paths_case_insensitively_as_the_runtime_does() => Verifier.AnalyzerAsync(
        """
        [assembly: WebhookProviderDefinition("other", SignatureHeader = "X-Other-Signature")]

        [WebhookProvider("acme", Path = "/hooks/orders")]
        public partial class AcmeWebhooks { }

        [{|#0:WebhookProvider("other", Path = "/Hooks/Orders")|}]
        public partial class OtherWebhooks { }
        """,
        [Verifier.Diagnostic("WHK0009").WithLocation(0).WithArguments("OtherWebhooks", "AcmeWebhooks", "/Hooks/Orders")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_path_that_equals_another_providers_default_route() => Verifier.AnalyzerAsync(
        """
        [assembly: WebhookProviderDefinition("other", SignatureHeader = "X-Other-Signature")]

        [WebhookProvider("acme")]
        public partial class AcmeWebhooks { }

        [{|#0:WebhookProvider("other", Path = "/webhooks/acme")|}]
        public partial class OtherWebhooks { }
        """,
        [Verifier.Diagnostic("WHK0009").WithLocation(0).WithArguments("OtherWebhooks", "AcmeWebhooks", "/webhooks/acme")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_distinct_routes_forwarded_routes_and_classes_that_are_never_registered() => Verifier.AnalyzerAsync("""
        [assembly: WebhookProviderDefinition("relay", SignatureHeader = "X-Relay-Signature")]

        [WebhookProvider("acme")]
        public partial class AcmeWebhooks { }

        [WebhookProvider("acme", Path = "/webhooks/acme-audit")]
        public partial class AuditWebhooks { }

        [WebhookProvider("acme", Via = "relay")]
        public partial class RelayedAcmeWebhooks { }

        [WebhookProvider("acme")]
        public class NotPartialWebhooks { }

        [WebhookProvider("acme")]
        public abstract partial class AbstractWebhooks { }
        """, TestSources.AcmeProvider);
}
