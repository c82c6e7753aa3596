using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// Two handler classes mapped to the same route (WHK0009), which <c>MapWebhooks()</c> rejects at start-up.
/// Routes come from the attribute's <c>Path</c> or the provider's default, compared as the runtime does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RouteConflictAnalyzer : WebhookAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DuplicateRoute);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols)
    {
        var catalog = new ProviderCatalog(start.Compilation, symbols);
        var routes = new ConcurrentBag<Route>();
        start.RegisterSymbolAction(symbol => Collect(symbol, symbols, catalog, routes), SymbolKind.NamedType);
        start.RegisterCompilationEndAction(end => Report(end, routes));
    }

    private static void Collect(SymbolAnalysisContext context, WebhookSymbols symbols, ProviderCatalog catalog, ConcurrentBag<Route> routes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (WebhookSymbols.Attribute(type, symbols.ProviderAttribute) is not { } attribute
            || WebhookSymbols.StringArgument(attribute) is not { } provider)
        {
            return;
        }

        // Only classes the generator registers: the others are reported by HandlerClassAnalyzer.
        var via = WebhookSymbols.NamedString(attribute, "Via");
        if (!catalog.Contains(provider) || (via is not null && !catalog.Contains(via))
            || HandlerClassRules.Check(type, out _, context.CancellationToken) != HandlerClassProblem.None)
        {
            return;
        }

        var path = WebhookSymbols.NamedString(attribute, "Path") ?? ProviderCatalog.DefaultPath(provider, via);
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        routes.Add(new Route(path, name, type.Name, AttributeLocations.Of(attribute, context.CancellationToken)));
    }

    private static void Report(CompilationAnalysisContext context, ConcurrentBag<Route> routes)
    {
        // Case-insensitive, as the runtime compares routes; ordered so that the same class is reported every time.
        foreach (var group in routes.GroupBy(r => r.Path, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group.OrderBy(r => r.FullName, StringComparer.Ordinal).ToList();
            foreach (var route in ordered.Skip(1))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateRoute, route.Location, route.Name, ordered[0].Name, route.Path));
            }
        }
    }

    private sealed record Route(string Path, string FullName, string Name, Location Location);
}
