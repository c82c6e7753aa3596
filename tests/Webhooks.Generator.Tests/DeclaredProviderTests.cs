using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>A provider declared with <c>[assembly: WebhookProviderDefinition]</c> is written out as a descriptor field.</summary>
public class DeclaredProviderTests
{
    [Fact]
    public void Every_argument_and_every_default()
    {
        var run = GeneratorHarness.Run("""
            [assembly: WebhookProviderDefinition("acme",
                Scheme = SignatureScheme.BodyHmac, SignatureHeader = "X-Acme-Signature", SignaturePrefix = "sha256=",
                Algorithm = HmacAlgorithm.Sha1, Encoding = SignatureEncoding.Base64, SecretEncoding = SecretEncoding.StandardWebhooks,
                EventTypeHeader = "X-Acme-Event", IdempotencyJsonPath = "delivery.id",
                SecretEnvironmentVariable = "ACME_WEBHOOK_SECRET", KnownEvents = new[] { "order.created", "order.shipped" })]
            [assembly: WebhookProviderDefinition("plain", SignatureHeader = "X-Plain-Signature", IdempotencyHeader = "X-Plain-Id")]
            [assembly: WebhookProviderDefinition("stamped", Scheme = SignatureScheme.StandardWebhooks, EventTypeJsonPath = "event.kind")]

            namespace App;

            [WebhookProvider("acme")]
            public partial class AcmeHandlers { [OnEvent("order.created")] public void OnCreated(WebhookContext context) { } }

            [WebhookProvider("plain")]
            public partial class PlainHandlers { [OnAnyEvent] public void On(WebhookContext context) { } }

            [WebhookProvider("stamped")]
            public partial class StampedHandlers { [OnAnyEvent] public void On(WebhookContext context) { } }
            """);

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Snapshot.Verify([run.Source(GeneratorRun.RegistrationHintName)]);
    }
}
