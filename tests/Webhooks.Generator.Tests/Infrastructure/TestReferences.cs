using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>The metadata references of every test compilation, built once: the code an application sees.</summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        // Reference assemblies for the BCL come from a package (no download at test time).
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();

        // ASP.NET Core, from the shared framework this test host runs on: the generated code calls DI,
        // configuration and routing, and WebhookContext exposes IHeaderDictionary.
        var aspNetCore = Path.GetDirectoryName(typeof(HttpContext).Assembly.Location)!;
        references.AddRange(Directory.GetFiles(aspNetCore, "Microsoft.*.dll").Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)));

        references.Add(MetadataReference.CreateFromFile(typeof(WebhookContext).Assembly.Location)); // Abstractions
        references.Add(MetadataReference.CreateFromFile(typeof(Webhooks.Infrastructure.WebhookDispatchResults).Assembly.Location)); // Runtime
        return [.. references];
    }
}
