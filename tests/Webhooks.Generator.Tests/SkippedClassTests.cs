using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// Classes that can't host the generated members, or that the registration file couldn't name, get no source
/// at all (the analyzers say why), and the build still compiles.
/// </summary>
public class SkippedClassTests
{
    private const string Handler = """
        {
            [OnEvent("batch.completed")]
            public void OnCompleted(OpenAIEvent evt) { }
        }
        """;

    [Theory]
    [InlineData("not partial", "[WebhookProvider(\"openai\")] public class Handlers " + Handler)]
    [InlineData("static", "[WebhookProvider(\"openai\")] public static partial class Handlers { [OnEvent(\"x\")] public static void On() { } }")]
    [InlineData("abstract", "[WebhookProvider(\"openai\")] public abstract partial class Handlers " + Handler)]
    [InlineData("generic", "[WebhookProvider(\"openai\")] public partial class Handlers<T> " + Handler)]
    [InlineData("nested in a class that is not partial", "public class Outer { [WebhookProvider(\"openai\")] public partial class Handlers " + Handler + " }")]
    [InlineData("nested in a generic class", "public partial class Outer<T> { [WebhookProvider(\"openai\")] public partial class Handlers " + Handler + " }")]
    [InlineData("private nested", "public partial class Outer { [WebhookProvider(\"openai\")] private partial class Handlers " + Handler + " }")]
    [InlineData("protected nested", "public partial class Outer { [WebhookProvider(\"openai\")] protected partial class Handlers " + Handler + " }")]
    [InlineData("nested in a private class", "public partial class Outer { private partial class Middle { [WebhookProvider(\"openai\")] public partial class Handlers " + Handler + " } }")]
    [InlineData("file-local", "[WebhookProvider(\"openai\")] file partial class Handlers " + Handler)]
    public void No_source_is_generated(string why, string source)
    {
        var run = GeneratorHarness.Run(source);

        Assert.True(run.Sources.Count == 0, $"A class that is {why} got generated sources: {string.Join(", ", run.HintNames)}");
    }

    [Fact]
    public void Only_the_valid_class_is_generated()
    {
        // A skipped class next to a valid one: the valid one is generated and registered, the other is not.
        var run = GeneratorHarness.Run(
            "namespace App; [WebhookProvider(\"openai\")] public partial class Valid " + Handler,
            "namespace App; [WebhookProvider(\"openai\")] public class NotPartial " + Handler);

        Assert.Equal(["App.Valid.Webhooks.g.cs", GeneratorRun.RegistrationHintName], run.HintNames.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("NotPartial", run.Text(GeneratorRun.RegistrationHintName));
    }
}
