using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>
/// Runs a driver again over the compilation it just ran on plus a file that has nothing to do with webhooks, as
/// NetEscapades' test helper does, and fails unless every tracked step of the Webhooks generator is Cached or
/// Unchanged: a model that doesn't compare by value would re-run the emitters on every keystroke in the IDE.
/// (Linked into Webhooks.Analyzers.Tests too, for its own generator runs.)
/// </summary>
internal static class SecondPass
{
    /// <summary>Every step name in the generator's <c>TrackingNames</c> (read by reflection: this file is linked where it is internal).</summary>
    public static IReadOnlyList<string> TrackedSteps { get; } = typeof(WebhooksGenerator).Assembly
        .GetType("Webhooks.Generator.TrackingNames", throwOnError: true)!
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>Fails unless a second pass over <paramref name="compilation"/> and an unrelated file leaves every tracked step cached.</summary>
    public static void AssertCached(GeneratorDriver driver, Compilation compilation)
    {
        // A step runs only when it has input (no handler class, no ParsedClasses): the first pass says which to expect.
        var expected = TrackedSteps.Where(Ran(driver).TrackedSteps.ContainsKey).ToList();
        Assert.True(expected.Count > 0, "The first pass tracked none of the generator's steps; was the driver created with trackIncrementalGeneratorSteps?");

        var options = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions;
        var unrelated = CSharpSyntaxTree.ParseText("namespace SecondPass { internal static class Unrelated { } }", options, "SecondPass.Unrelated.cs");
        var second = Ran(driver.RunGenerators(compilation.AddSyntaxTrees(unrelated)));

        // Roslyn tracks its own steps too (the compilation itself, which this edit does change): only the generator's are checked.
        var rerun = new List<string>();
        foreach (var step in expected)
        {
            Assert.True(second.TrackedSteps.TryGetValue(step, out var runs), $"The second pass didn't run the tracked step {step}.");
            rerun.AddRange(runs.SelectMany(run => run.Outputs)
                .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(output => $"{step}: {output.Reason}"));
        }

        Assert.True(rerun.Count == 0, "A second pass over an unrelated edit changed steps:\n" + string.Join("\n", rerun));
    }

    private static GeneratorRunResult Ran(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(WebhooksGenerator));
}
