using Microsoft.CodeAnalysis.Testing;
using Webhooks.Analyzers.Tests.Infrastructure;

namespace Webhooks.Analyzers.Tests;

/// <summary>The sample compiles with no Webhooks diagnostic at all; a broken copy shows every one.</summary>
public class SampleTests
{
    private static readonly string[] AllIds = Enumerable.Range(1, 14).Select(i => $"WHK{i:D4}").ToArray();

    [Fact]
    public async Task The_samples_handler_classes_have_no_diagnostics_not_even_info()
    {
        var directory = Path.Combine(TestSources.RepositoryRoot(), "samples", "Webhooks.Sample");
        var handlerFiles = Directory.GetFiles(directory, "*.cs")
            .Where(path => File.ReadAllText(path).Contains("[WebhookProvider(", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        Assert.NotEmpty(handlerFiles);

        var diagnostics = await AllAnalyzersTest.RunAsync(handlerFiles);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_broken_copy_shows_each_diagnostic_where_it_is_marked()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "BrokenWebhooks.cs"));
        Assert.All(AllIds, id => Assert.Contains("{|" + id + ":", source, StringComparison.Ordinal));

        var test = new AllAnalyzersTest { TestCode = source };
        await test.RunAsync();
    }

    [Fact]
    public async Task The_broken_copy_reports_every_id_through_the_compilers_analyzer_driver()
    {
        var marked = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "BrokenWebhooks.cs"));
        TestFileMarkupParser.GetSpans(marked, out var source, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);

        var diagnostics = await AllAnalyzersTest.RunAsync([("BrokenWebhooks.cs", source)]);

        Assert.Equal(AllIds, diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }
}
