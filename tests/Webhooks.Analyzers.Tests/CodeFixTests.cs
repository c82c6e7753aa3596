using Webhooks.Analyzers.Tests.Infrastructure;
using Webhooks.CodeFixes;
using Webhooks.Generator.Analyzers;

namespace Webhooks.Analyzers.Tests;

/// <summary>Each code fix: the code before and after.</summary>
public class CodeFixTests
{
    [Fact]
    public Task Adds_stub_handlers_taking_JsonElement_when_the_class_uses_no_contract() =>
        Verify<EventCoverageAnalyzer>.CodeFixAsync<AddEventHandlersCodeFix>(
            """
            [WebhookProvider("acme")]
            public partial class {|WHK0001:AcmeWebhooks|}
            {
                [OnEvent("order.created")]
                public void OnCreated(JsonElement evt) { }

                public void OnOrderShipped() { }
            }
            """,
            """
            [WebhookProvider("acme")]
            public partial class AcmeWebhooks
            {
                [OnEvent("order.created")]
                public void OnCreated(JsonElement evt) { }

                public void OnOrderShipped() { }

                [OnEvent("order.shipped")]
                public Task OnOrderShipped2(JsonElement evt, CancellationToken ct) => Task.CompletedTask;

                [OnEvent("order.cancelled")]
                public Task OnOrderCancelled(JsonElement evt, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            TestSources.AcmeProvider);

    [Fact]
    public Task Adds_stub_handlers_taking_the_providers_contract_when_the_class_uses_it()
    {
        var (contract, provider) = Catalogue.Contract;
        var events = Webhooks.Providers.BuiltInProviders.Find(provider)!.KnownEvents;
        var missing = events.Skip(1).Take(2).ToList();
        var ignored = string.Join(", ", events.Skip(3).Select(e => $"\"{e}\""));
        var shortName = contract.Split('.')[^1];
        var taken = new HashSet<string> { "Hooks", "OnFirst" };
        var stubs = string.Concat(missing.Select(e => $$"""


                [OnEvent("{{e}}")]
                public Task {{HandlerStubs.MethodName(e, taken)}}({{shortName}} evt, CancellationToken ct) => Task.CompletedTask;
            """));
        return Verify<EventCoverageAnalyzer>.CodeFixAsync<AddEventHandlersCodeFix>(
            $$"""
            [WebhookProvider("{{provider}}")]
            [IgnoreEvents({{ignored}})]
            public partial class {|WHK0001:Hooks|}
            {
                [OnEvent("{{events[0]}}")]
                public void OnFirst({{shortName}} evt) { }
            }
            """,
            $$"""
            [WebhookProvider("{{provider}}")]
            [IgnoreEvents({{ignored}})]
            public partial class Hooks
            {
                [OnEvent("{{events[0]}}")]
                public void OnFirst({{shortName}} evt) { }{{stubs}}
            }
            """);
    }

    [Fact]
    public Task Adds_stub_handlers_taking_JsonElement_when_the_class_uses_only_a_contract_for_other_events()
    {
        var (contract, provider, handled) = Catalogue.EventContract;
        var missing = Webhooks.Providers.BuiltInProviders.Find(provider)!.KnownEvents.First(e => e != handled);
        var ignored = string.Join(", ", Webhooks.Providers.BuiltInProviders.Find(provider)!.KnownEvents
            .Where(e => e != handled && e != missing).Select(e => $"\"{e}\""));
        var method = HandlerStubs.MethodName(missing, new HashSet<string> { "Hooks", "OnHandled" });
        return Verify<EventCoverageAnalyzer>.CodeFixAsync<AddEventHandlersCodeFix>(
            $$"""
            [WebhookProvider("{{provider}}")]
            [IgnoreEvents({{ignored}})]
            public partial class {|WHK0001:Hooks|}
            {
                [OnEvent("{{handled}}")]
                public void OnHandled(global::{{contract}} evt) { }
            }
            """,
            $$"""
            [WebhookProvider("{{provider}}")]
            [IgnoreEvents({{ignored}})]
            public partial class Hooks
            {
                [OnEvent("{{handled}}")]
                public void OnHandled(global::{{contract}} evt) { }

                [OnEvent("{{missing}}")]
                public Task {{method}}(JsonElement evt, CancellationToken ct) => Task.CompletedTask;
            }
            """);
    }

    [Fact]
    public Task Replaces_a_misspelt_event_type_with_the_suggestion() =>
        Verify<EventCoverageAnalyzer>.CodeFixAsync<ReplaceWithSuggestionCodeFix>(
            """
            [WebhookProvider("acme")]
            public partial class AcmeWebhooks
            {
                [OnEvent({|WHK0002:"order.shiped"|})]
                public void OnShipped() { }

                [OnAnyEvent] public void OnOther() { }
            }
            """,
            """
            [WebhookProvider("acme")]
            public partial class AcmeWebhooks
            {
                [OnEvent("order.shipped")]
                public void OnShipped() { }

                [OnAnyEvent] public void OnOther() { }
            }
            """,
            TestSources.AcmeProvider);

    [Fact]
    public Task Replaces_a_misspelt_provider_with_the_suggestion() =>
        Verify<HandlerClassAnalyzer>.CodeFixAsync<ReplaceWithSuggestionCodeFix>(
            """
            [WebhookProvider({|WHK0007:"acem"|})]
            public partial class AcmeWebhooks { }
            """,
            """
            [WebhookProvider("acme")]
            public partial class AcmeWebhooks { }
            """,
            TestSources.AcmeProvider);

    [Fact]
    public Task Makes_the_class_partial() =>
        Verify<HandlerClassAnalyzer>.CodeFixAsync<MakePartialCodeFix>(
            """
            /// <summary>Acme's webhooks.</summary>
            [WebhookProvider("acme")]
            public sealed class {|WHK0004:AcmeWebhooks|}
            {
            }

            [WebhookProvider("acme", Path = "/webhooks/acme-2")]
            class {|WHK0004:BareWebhooks|} { }
            """,
            """
            /// <summary>Acme's webhooks.</summary>
            [WebhookProvider("acme")]
            public sealed partial class AcmeWebhooks
            {
            }

            [WebhookProvider("acme", Path = "/webhooks/acme-2")]
            partial class BareWebhooks { }
            """,
            TestSources.AcmeProvider);

    [Fact]
    public Task Makes_the_class_and_every_type_around_it_partial() =>
        Verify<HandlerClassAnalyzer>.CodeFixAsync<MakePartialCodeFix>(
            """
            public static class Outer
            {
                internal class Middle
                {
                    [WebhookProvider("acme")]
                    public class {|WHK0004:AcmeWebhooks|} { }
                }
            }
            """,
            """
            public static partial class Outer
            {
                internal partial class Middle
                {
                    [WebhookProvider("acme")]
                    public partial class AcmeWebhooks { }
                }
            }
            """,
            TestSources.AcmeProvider);
}
