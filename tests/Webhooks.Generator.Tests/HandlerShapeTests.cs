using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The dispatch generated for each supported handler method shape.</summary>
public class HandlerShapeTests
{
    [Fact]
    public void Return_kinds()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("void")]
                public void Sync(OpenAIEvent evt) { }

                [OnEvent("task")]
                public Task AsTask(OpenAIEvent evt) => Task.CompletedTask;

                [OnEvent("value-task")]
                public ValueTask AsValueTask(OpenAIEvent evt) => default;

                [OnEvent("async-task")]
                public async Task AsyncTask(OpenAIEvent evt) => await Task.Yield();
            }
            """);

        Snapshot.Verify(run.HandlerSources);
    }

    // The harness fails on any warning in generated code, such as CS0618 for calling an obsolete handler.
    [Fact]
    public void Obsolete_handlers_are_called_without_warnings()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [System.Obsolete("Moving to OnBatch")]
                [OnEvent("batch.completed")]
                public void OnBatchCompleted(OpenAIEvent evt) { }

                [System.Obsolete]
                [OnEvent("batch.failed")]
                public void OnBatchFailed(OpenAIEvent evt) { }
            }
            """);

        Assert.Contains(run.HandlerSources, source => source.SourceText.ToString().Contains("handler.OnBatchCompleted(payload)"));
    }

    [Fact]
    public void Parameter_shapes()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("payload-token")]
                public Task PayloadAndToken(OpenAIEvent evt, CancellationToken ct) => Task.CompletedTask;

                [OnEvent("context-payload")]
                public void ContextThenPayload(WebhookContext context, OpenAIEvent evt) { }

                [OnEvent("context-only")]
                public void ContextOnly(WebhookContext context) { }

                [OnEvent("nullable-context")]
                public void NullableContext(WebhookContext? context) { }

                [OnEvent("token-only")]
                public Task TokenOnly(CancellationToken ct) => Task.CompletedTask;

                [OnEvent("none")]
                public void NoParameters() { }

                [OnEvent("all-three")]
                public ValueTask AllThree(CancellationToken ct, OpenAIEvent evt, WebhookContext context) => default;
            }
            """);

        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void JsonElement_payload()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class RawHandlers
            {
                [OnEvent("batch.completed")]
                public void Raw(JsonElement body, WebhookContext context) { }
            }
            """);

        Assert.Contains("global::Webhooks.WebhookContractsJsonContext.Default.JsonElement", run.Text("App.RawHandlers.Webhooks.g.cs"));
        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Several_events_on_one_method()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("batch.completed")]
                [OnEvent("batch.failed")]
                [OnEvent("batch.cancelled")]
                public void AnyBatchEnd(OpenAIEvent evt) { }
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        Assert.Equal(3, Occurrences(text, "handler.AnyBatchEnd(payload);"));
        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Same_event_twice_first_wins()
    {
        // Two handlers for one event is an analyzer error; the generated code must still compile (no duplicate case).
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("batch.completed")]
                public void First(OpenAIEvent evt) { }

                [OnEvent("batch.completed")]
                [OnEvent("batch.failed")]
                public void Second(OpenAIEvent evt) { }
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        Assert.Equal(1, Occurrences(text, "case \"batch.completed\":"));
        Assert.Contains("handler.First(payload);", text);
        Assert.Equal(1, Occurrences(text, "handler.Second(payload);")); // only for batch.failed
        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Event_types_are_escaped_literals()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("quote\"back\\slash")]
                public void Odd() { }
            }
            """);

        Assert.Contains("case \"quote\\\"back\\\\slash\":", run.Text("App.Handlers.Webhooks.g.cs"));
    }

    internal static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
