using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Model;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// The JSON metadata step (<see cref="TrackingNames.JsonPayloads"/>) stays cached through unrelated edits, re-runs
/// when a payload type changes, and a payload change does not re-emit the handler class's dispatch.
/// </summary>
public class PayloadIncrementalTests
{
    private const string HandlersPath = "Handlers.cs";
    private const string PayloadsPath = "Payloads.cs";
    private const string OtherPath = "Other.cs";

    private const string Handlers = """
        namespace App;

        [WebhookProvider("openai")]
        public partial class Handlers
        {
            [OnEvent("order.placed")]
            public Task OnPlaced(Order order, CancellationToken ct) => Task.CompletedTask;
        }

        [WebhookProvider("vercel")]
        public partial class VercelHandlers
        {
            [OnEvent("deployment.created")]
            public void OnCreated(Order order) { }
        }
        """;

    private const string Payloads = """
        namespace App;

        public sealed class Order
        {
            public string Id { get; set; } = "";
            public Line[] Lines { get; set; } = [];
        }

        public sealed record Line(string Sku, int Quantity);
        """;

    private const string Other = """
        namespace App;

        public sealed class NotAPayload
        {
            public int Answer() => 42;
        }
        """;

    private static readonly Dictionary<string, Func<CSharpCompilation, CSharpCompilation>> UnrelatedEdits = new()
    {
        ["add a file"] = c => c.AddSyntaxTrees(GeneratorHarness.Parse("namespace App; public class Added { }", "Added.cs")),
        ["edit a type that is no payload"] = c => Replace(c, OtherPath, Other.Replace("42", "43").Replace("Answer()", "Answer2()")),
        ["add a comment to the payload file"] = c => Replace(c, PayloadsPath, "// a comment\n" + Payloads),
        ["edit a handler's body"] = c => Replace(c, HandlersPath, Handlers.Replace("Task.CompletedTask", "Task.Delay(1, ct)")),
    };

    public static TheoryData<string> Edits => new(UnrelatedEdits.Keys);

    [Theory]
    [MemberData(nameof(Edits))]
    public void Unrelated_edit_keeps_the_JSON_step_cached(string edit)
    {
        var (first, second) = RunTwice(UnrelatedEdits[edit]);

        Assert.Equal(first.Text(PayloadMetadataTests.JsonHintName), second.Text(PayloadMetadataTests.JsonHintName));
        foreach (var step in new[] { TrackingNames.JsonPayloads, TrackingNames.HandlerClasses })
        {
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"After '{edit}', step {step} was {reason}."));
        }
    }

    [Fact]
    public void Changed_payload_re_emits_the_metadata_but_not_the_dispatch()
    {
        var (first, second) = RunTwice(c => Replace(c, PayloadsPath, Payloads.Replace("public string Id", "public string? Note { get; set; }\n    public string Id")));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.JsonPayloads));
        Assert.Contains("PropertyName = \"Note\"", second.Text(PayloadMetadataTests.JsonHintName));
        Assert.DoesNotContain("PropertyName = \"Note\"", first.Text(PayloadMetadataTests.JsonHintName));

        // The dispatch names the payload type, not its members: the class step compares equal.
        Assert.All(Reasons(second, TrackingNames.HandlerClasses), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
    }

    [Fact]
    public void Changed_nested_payload_type_re_emits_the_metadata()
    {
        var (_, second) = RunTwice(c => Replace(c, PayloadsPath, Payloads.Replace("int Quantity", "long Quantity")));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.JsonPayloads));
        Assert.Contains("JsonPropertyInfoValues<long>", second.Text(PayloadMetadataTests.JsonHintName));
    }

    [Fact]
    public void Merged_model_is_sorted_and_deduplicated()
    {
        var merged = Merged(GeneratorHarness.Run(GeneratorHarness.CreateDriver(), Compilation()));

        Assert.Equal(["CamelCase", "SnakeCaseLower"], merged.Policies);
        var names = merged.Types.Select(t => t.FullyQualifiedName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Distinct(), names);
        Assert.Contains("global::App.Order", names);
    }

    [Fact]
    public void Two_parses_give_equal_models()
    {
        var a = Merged(GeneratorHarness.Run(GeneratorHarness.CreateDriver(), Compilation()));
        var b = Merged(GeneratorHarness.Run(GeneratorHarness.CreateDriver(), Compilation()));

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Contains(a.Types, t => t.Object is { Properties.Length: 2 }); // really filled in
    }

    [Fact]
    public void The_JSON_model_is_part_of_the_pure_model()
    {
        // ModelPurityTests walks every type of Webhooks.Generator.Model; make sure that includes the JSON model's graph.
        var reachable = ModelGraph.Reachable(typeof(WebhooksGenerator).Assembly.GetTypes().Where(t => t.Namespace == "Webhooks.Generator.Model"));

        Assert.Contains(typeof(ParsedHandlerClass), reachable.Keys);
        Assert.Contains(typeof(JsonTypeModel), reachable.Keys);
        Assert.Contains(typeof(JsonObjectModel), reachable.Keys);
        Assert.Contains(typeof(EquatableArray<JsonPropertyModel>), reachable.Keys);
        Assert.Contains(typeof(EquatableArray<JsonParameterModel>), reachable.Keys);
        Assert.Contains(typeof(EquatableArray<JsonInitializerModel>), reachable.Keys);
        Assert.Empty(ModelGraph.Violations([typeof(ParsedHandlerClass)]));
    }

    private static JsonPayloadsModel Merged(GeneratorRun run) =>
        (JsonPayloadsModel)run.Result.TrackedSteps[TrackingNames.JsonPayloads].Single().Outputs.Single().Value;

    private static CSharpCompilation Compilation() => GeneratorHarness.Compile(
    [
        GeneratorHarness.Parse(Handlers, HandlersPath),
        GeneratorHarness.Parse(Payloads, PayloadsPath),
        GeneratorHarness.Parse(Other, OtherPath),
    ]);

    private static (GeneratorRun First, GeneratorRun Second) RunTwice(Func<CSharpCompilation, CSharpCompilation> change)
    {
        var compilation = Compilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        var second = GeneratorHarness.Run(first.Driver, change(compilation));
        return (first, second);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string step)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(step, out var steps), $"No tracked step {step}.");
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        return reasons;
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string source)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var edited = GeneratorHarness.Parse(source, path);
        Assert.NotEqual(old.ToString(), edited.ToString());
        return compilation.ReplaceSyntaxTree(old, edited);
    }
}
