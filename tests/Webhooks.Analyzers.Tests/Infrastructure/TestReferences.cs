using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Webhooks.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references of every test compilation, without downloads: the testing library's
/// <c>ReferenceAssemblies.Net.*</c> would fetch packages at test time, so it gets an empty set and
/// the references come from packages restored with this project and from the loaded shared framework.
/// </summary>
internal static class TestReferences
{
    /// <summary>A target framework with no packages to resolve: nothing is fetched.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();

        // WebhookContext exposes IHeaderDictionary; handler classes take ILogger<T>.
        var aspNetCore = Path.GetDirectoryName(typeof(HttpContext).Assembly.Location)!;
        references.AddRange(Directory.GetFiles(aspNetCore, "Microsoft.*.dll").Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)));

        references.Add(MetadataReference.CreateFromFile(typeof(WebhookContext).Assembly.Location)); // Abstractions
        references.Add(MetadataReference.CreateFromFile(typeof(Webhooks.Infrastructure.WebhookDispatchResults).Assembly.Location)); // Runtime
        return [.. references];
    }
}
