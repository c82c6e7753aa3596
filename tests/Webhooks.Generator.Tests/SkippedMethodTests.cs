using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// Methods the dispatch can't call are left out (the analyzers say why); the rest of the class is still generated.
/// </summary>
public class SkippedMethodTests
{
    [Theory]
    [InlineData("static", """[OnEvent("skipped")] public static void Skipped(OpenAIEvent evt) { }""")]
    [InlineData("async void", """[OnEvent("skipped")] public async void Skipped(OpenAIEvent evt) => await Task.Yield();""")]
    [InlineData("ref parameter", """[OnEvent("skipped")] public void Skipped(ref OpenAIEvent evt) { }""")]
    [InlineData("in parameter", """[OnEvent("skipped")] public void Skipped(in CancellationToken ct) { }""")]
    [InlineData("out parameter", """[OnEvent("skipped")] public void Skipped(out WebhookContext? context) => context = null;""")]
    [InlineData("two payloads", """[OnEvent("skipped")] public void Skipped(OpenAIEvent first, OpenAIEvent second) { }""")]
    [InlineData("two payload types", """[OnEvent("skipped")] public void Skipped(OpenAIEvent first, JsonElement second) { }""")]
    [InlineData("Task<T>", """[OnEvent("skipped")] public Task<int> Skipped(OpenAIEvent evt) => Task.FromResult(1);""")]
    [InlineData("string return", """[OnEvent("skipped")] public string Skipped(OpenAIEvent evt) => "";""")]
    [InlineData("int parameter", """[OnEvent("skipped")] public void Skipped(int count) { }""")]
    [InlineData("unknown payload type", """[OnEvent("skipped")] public void Skipped(Version payload) { }""")]
    [InlineData("generic method", """[OnEvent("skipped")] public void Skipped<T>(OpenAIEvent evt) { }""")]
    [InlineData("empty event type", """[OnEvent("")] public void Skipped(OpenAIEvent evt) { }""")]
    public void Method_is_left_out(string why, string method)
    {
        var run = GeneratorHarness.Run($$"""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                {{method}}

                [OnEvent("kept")]
                public void Kept(OpenAIEvent evt) { }
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        Assert.True(!text.Contains("Skipped") && !text.Contains("\"skipped\""), $"A method with {why} was dispatched:\n{text}");
        Assert.Contains("handler.Kept(payload);", text);
    }

    [Fact]
    public void Only_callable_methods_are_dispatched()
    {
        // The same cases side by side, as a reader would see them in one class.
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("static")]
                public static void Static(OpenAIEvent evt) { }

                [OnEvent("async-void")]
                public async void AsyncVoid(OpenAIEvent evt) => await Task.Yield();

                [OnEvent("ref")]
                public void Ref(ref OpenAIEvent evt) { }

                [OnEvent("two-payloads")]
                public void TwoPayloads(OpenAIEvent first, OpenAIEvent second) { }

                [OnEvent("task-of-int")]
                public Task<int> TaskOfInt() => Task.FromResult(1);

                [OnEvent("int")]
                public void Int(int count) { }

                public void NotAHandler(OpenAIEvent evt) { }

                [OnEvent("kept")]
                private Task Kept(OpenAIEvent evt, CancellationToken ct) => Task.CompletedTask;
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        foreach (var name in new[] { "Static", "AsyncVoid", "Ref(", "TwoPayloads", "TaskOfInt", "Int(", "NotAHandler" })
        {
            Assert.DoesNotContain("handler." + name, text);
        }

        Snapshot.Verify(run.HandlerSources);
    }
}
