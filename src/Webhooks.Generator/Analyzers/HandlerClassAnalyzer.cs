using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// A <c>[WebhookProvider]</c> class the generator can't extend (WHK0004, WHK0005) or whose provider it can't
/// find (WHK0007): the generator skips such a class silently, so this says why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerClassAnalyzer : WebhookAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ClassNotPartial,
        DiagnosticDescriptors.ClassShapeNotSupported,
        DiagnosticDescriptors.UnknownProvider);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols)
    {
        var catalog = new ProviderCatalog(start.Compilation, symbols);
        start.RegisterSymbolAction(symbol => Analyze(symbol, symbols, catalog), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, WebhookSymbols symbols, ProviderCatalog catalog)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (WebhookSymbols.Attribute(type, symbols.ProviderAttribute) is not { } attribute)
        {
            return;
        }

        var ct = context.CancellationToken;
        var problem = HandlerClassRules.Check(type, out var culprit, ct);
        if (problem == HandlerClassProblem.NotPartial)
        {
            var location = SymbolEqualityComparer.Default.Equals(culprit, type)
                ? AttributeLocations.DeclarationOf(attribute, type, ct)
                : culprit.Locations.FirstOrDefault() ?? Location.None;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ClassNotPartial, location, culprit.Name, type.Name));
        }
        else if (problem != HandlerClassProblem.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ClassShapeNotSupported,
                AttributeLocations.DeclarationOf(attribute, type, ct),
                type.Name,
                Reason(problem, type, culprit)));
        }

        CheckProvider(context, catalog, WebhookSymbols.StringArgument(attribute), AttributeLocations.Argument(attribute, 0, ct));
        if (WebhookSymbols.NamedString(attribute, "Via") is { } via)
        {
            CheckProvider(context, catalog, via, AttributeLocations.Named(attribute, "Via", ct));
        }
    }

    private static void CheckProvider(SymbolAnalysisContext context, ProviderCatalog catalog, string? name, Location location)
    {
        if (name is not null && catalog.Contains(name))
        {
            return;
        }

        var (hint, properties) = NearestName.Hint(name, catalog.Names, $"Known providers: {string.Join(", ", catalog.Names)}.");
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownProvider, location, properties, name ?? "", hint));
    }

    private static string Reason(HandlerClassProblem problem, INamedTypeSymbol type, INamedTypeSymbol culprit) => problem switch
    {
        HandlerClassProblem.Record => "it is a record",
        HandlerClassProblem.Static => "it is static",
        HandlerClassProblem.Abstract => "it is abstract",
        HandlerClassProblem.NotVisible when SymbolEqualityComparer.Default.Equals(type, culprit) => "it is file-local or not visible to the rest of its assembly",
        HandlerClassProblem.NotVisible => $"it is nested in '{culprit.Name}', which is file-local or not visible to the rest of its assembly",
        _ when !SymbolEqualityComparer.Default.Equals(type, culprit) => $"it is nested in the generic type '{culprit.Name}'",
        _ => "it is generic",
    };
}
