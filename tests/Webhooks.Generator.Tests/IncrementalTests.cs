using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// The generator's steps stay cached through edits that don't change a handler class, so the IDE doesn't
/// re-emit on every keystroke; and they do re-run when a handler changes (so that these tests can fail).
/// </summary>
public class IncrementalTests
{
    private const string HandlersPath = "Handlers.cs";
    private const string OtherPath = "Other.cs";

    private const string Handlers = """
        namespace App;

        [WebhookProvider("openai", Path = "/hooks/openai")]
        public partial class Handlers
        {
            [OnEvent("batch.completed")]
            public Task OnCompleted(OpenAIEvent evt, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    private const string Other = """
        namespace App;

        public static class Other
        {
            public static int Answer() => 42;
        }
        """;

    // Keyed by name so that the test runner shows which edit broke caching.
    private static readonly Dictionary<string, Func<CSharpCompilation, CSharpCompilation>> Edits = new()
    {
        ["add a file"] = c => c.AddSyntaxTrees(GeneratorHarness.Parse("namespace App; public class Added { }", "Added.cs")),
        ["edit another file's method body"] = c => Replace(c, OtherPath, Other.Replace("42", "43")),
        ["add a comment to another file"] = c => Replace(c, OtherPath, "// a comment\n" + Other),
        ["edit the handler's method body"] = c => Replace(c, HandlersPath, Handlers.Replace("Task.CompletedTask", "Task.Delay(1, ct)")),
        ["add a comment to the handler file"] = c => Replace(c, HandlersPath, Handlers.Replace("public Task", "// why\n    public Task")),
        ["add a method that is not a handler"] = c => Replace(c, HandlersPath, Handlers.Replace("    [OnEvent", "    public void Helper() { }\n\n    [OnEvent")),
    };

    public static TheoryData<string> UnrelatedEdits => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(UnrelatedEdits))]
    public void Unrelated_edit_keeps_steps_cached(string edit)
    {
        var (first, second) = RunTwice(Edits[edit]);

        Assert.Equal(first.Sources.Select(s => s.SourceText.ToString()), second.Sources.Select(s => s.SourceText.ToString()));
        foreach (var step in new[] { TrackingNames.HandlerClasses, TrackingNames.Registrations, TrackingNames.ReferencedRegistrations })
        {
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"After '{edit}', step {step} was {reason}."));
        }
    }

    [Fact]
    public void Renamed_event_modifies_the_handler_class_step()
    {
        var (_, second) = RunTwice(c => Replace(c, HandlersPath, Handlers.Replace("batch.completed", "batch.failed")));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.HandlerClasses));
        Assert.Contains("case \"batch.failed\":", second.Text("App.Handlers.Webhooks.g.cs"));

        // The registration doesn't name events, so the aggregate step stays as it was.
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Registrations));
    }

    [Fact]
    public void Changed_path_modifies_the_registration_step()
    {
        var (_, second) = RunTwice(c => Replace(c, HandlersPath, Handlers.Replace("/hooks/openai", "/hooks/other")));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Registrations));
        Assert.Contains("\"/hooks/other\"", second.Text(GeneratorRun.RegistrationHintName));
    }

    [Fact]
    public void Added_handler_class_modifies_the_registration_step()
    {
        var added = """namespace App; [WebhookProvider("openai", Path = "/hooks/more")] public partial class More { [OnEvent("a")] public void A() { } }""";
        var (_, second) = RunTwice(c => c.AddSyntaxTrees(GeneratorHarness.Parse(added, "More.cs")));

        Assert.Contains(IncrementalStepRunReason.New, Reasons(second, TrackingNames.HandlerClasses));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Registrations));
    }

    // A provider declared in the app ([assembly: WebhookProviderDefinition]) is part of the registration file.
    private const string ProviderPath = "Provider.cs";

    private const string Provider = """
        [assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature", KnownEvents = new[] { "order.created" })]

        namespace App;

        [WebhookProvider("acme")]
        public partial class AcmeHandlers
        {
            [OnEvent("order.created")]
            public void OnCreated(WebhookContext context) { }
        }
        """;

    [Theory]
    [MemberData(nameof(UnrelatedEdits))]
    public void Unrelated_edit_keeps_the_custom_provider_step_cached(string edit)
    {
        var (first, second) = RunTwice(Edits[edit], Provider);

        Assert.Contains("\"X-Acme-Signature\"", first.Text(GeneratorRun.RegistrationHintName)); // the provider is really declared
        Assert.Equal(first.Text(GeneratorRun.RegistrationHintName), second.Text(GeneratorRun.RegistrationHintName));
        foreach (var step in new[] { TrackingNames.CustomProviders, TrackingNames.Registrations })
        {
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"After '{edit}', step {step} was {reason}."));
        }
    }

    [Fact]
    public void Changed_provider_definition_modifies_the_custom_provider_step()
    {
        var (_, second) = RunTwice(c => Replace(c, ProviderPath, Provider.Replace("X-Acme-Signature", "X-Acme-Signature-256")), Provider);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CustomProviders));
        Assert.Contains("\"X-Acme-Signature-256\"", second.Text(GeneratorRun.RegistrationHintName));

        // The handler classes don't change with their provider's definition.
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.HandlerClasses));
    }

    private static (GeneratorRun First, GeneratorRun Second) RunTwice(Func<CSharpCompilation, CSharpCompilation> change, string? provider = null)
    {
        var trees = new List<SyntaxTree> { GeneratorHarness.Parse(Handlers, HandlersPath), GeneratorHarness.Parse(Other, OtherPath) };
        if (provider is not null)
        {
            trees.Add(GeneratorHarness.Parse(provider, ProviderPath));
        }

        var compilation = GeneratorHarness.Compile(trees);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        var second = GeneratorHarness.Run(first.Driver, change(compilation));
        return (first, second);
    }

    // Every output of a tracked step in the last run; never empty, so that a renamed step can't pass vacuously.
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
        Assert.NotEqual(old.ToString(), edited.ToString()); // an edit that edits nothing would pass vacuously
        return compilation.ReplaceSyntaxTree(old, edited);
    }
}
