using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// A second handler for one event type is an analyzer error; the parser keeps the first usable one, so that the
/// dispatch never sees the other and the generated JSON metadata holds only the payloads the dispatch reads.
/// </summary>
public class DuplicateHandlerTests
{
    [Fact]
    public void The_losing_handlers_payload_gets_no_metadata()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("order.placed")]
                public void First(Order order) { }

                [OnEvent("order.placed")]
                public void Second(Refund refund) { }
            }

            public sealed class Order { public string Id { get; set; } = ""; }

            public sealed class Refund { public string Id { get; set; } = ""; }
            """);

        var json = run.Text("Webhooks.Json.g.cs");
        Assert.Contains("typeof(global::App.Order)", json);
        Assert.DoesNotContain("global::App.Refund", json);
        Assert.DoesNotContain("handler.Second(", run.Text("App.Handlers.Webhooks.g.cs"));
    }

    [Fact]
    public void An_unusable_first_handler_leaves_the_event_to_the_next()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("order.placed")]
                public static void Unusable(OpenAIEvent evt) { }

                [OnEvent("order.placed")]
                public void Usable(OpenAIEvent evt) { }
            }
            """);

        Assert.Contains("handler.Usable(payload);", run.Text("App.Handlers.Webhooks.g.cs"));
    }
}
