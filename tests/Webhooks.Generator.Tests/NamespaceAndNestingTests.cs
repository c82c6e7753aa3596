using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The partial declarations around the dispatch: namespaces, containing types, escaped names.</summary>
public class NamespaceAndNestingTests
{
    private const string Body = """
        {
            [OnEvent("batch.completed")]
            public void OnCompleted(OpenAIEvent evt) { }
        }
        """;

    [Fact]
    public void Block_namespace()
    {
        var run = GeneratorHarness.Run($$"""
            namespace App.Hooks
            {
                [WebhookProvider("openai")]
                public partial class Handlers
                {{Body}}
            }
            """);

        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void File_scoped_namespace()
    {
        var run = GeneratorHarness.Run($$"""
            namespace App.Hooks;

            [WebhookProvider("openai")]
            internal sealed partial class Handlers
            {{Body}}
            """);

        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Global_namespace()
    {
        var run = GeneratorHarness.Run($$"""
            [WebhookProvider("openai")]
            public partial class GlobalHandlers
            {{Body}}
            """);

        Assert.DoesNotContain("namespace", run.Text("GlobalHandlers.Webhooks.g.cs"));
        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Nested_in_partial_class()
    {
        var run = GeneratorHarness.Run($$"""
            namespace App;

            public static partial class Outer
            {
                internal partial class Middle
                {
                    [WebhookProvider("openai")]
                    public partial class Handlers
                    {{Body}}
                }
            }
            """);

        Assert.Equal(["App.Outer.Middle.Handlers.Webhooks.g.cs"], run.HandlerSources.Select(s => s.HintName));
        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Nested_in_partial_records()
    {
        var run = GeneratorHarness.Run($$"""
            namespace App;

            public partial record Outer(int Id)
            {
                public partial record struct Inner
                {
                    [WebhookProvider("openai")]
                    public partial class Handlers
                    {{Body}}
                }
            }
            """);

        Snapshot.Verify(run.HandlerSources);
    }

    [Fact]
    public void Keyword_identifiers()
    {
        // Escaped keywords must stay escaped in code and must not reach the hint name ('@' is not allowed there).
        var run = GeneratorHarness.Run("""
            namespace App.@event;

            public partial class @struct
            {
                [WebhookProvider("openai")]
                public partial class @class
                {
                    [OnEvent("batch.completed")]
                    public void @return(OpenAIEvent evt) { }
                }
            }
            """);

        Assert.Equal(["App.event.struct.class.Webhooks.g.cs"], run.HandlerSources.Select(s => s.HintName));
        Snapshot.Verify(run.HandlerSources);
    }
}
