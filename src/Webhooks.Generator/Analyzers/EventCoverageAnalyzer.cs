using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// Checks a handler class's event types against its provider's catalogue: known events it doesn't handle
/// (WHK0001), names the provider doesn't send (WHK0002), an event handled twice (WHK0003) and a second
/// catch-all (WHK0011).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EventCoverageAnalyzer : WebhookAnalyzer
{
    private const int ListedEvents = 20; // enough to act on; the code fix gets them all

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnhandledEvents,
        DiagnosticDescriptors.UnknownEventType,
        DiagnosticDescriptors.DuplicateHandler,
        DiagnosticDescriptors.SeveralCatchAllHandlers);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols)
    {
        var catalog = new ProviderCatalog(start.Compilation, symbols);
        start.RegisterSymbolAction(symbol => Analyze(symbol, symbols, catalog), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, WebhookSymbols symbols, ProviderCatalog catalog)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (WebhookSymbols.Attribute(type, symbols.ProviderAttribute) is not { } providerAttribute
            || WebhookSymbols.StringArgument(providerAttribute) is not { } provider)
        {
            return;
        }

        var known = catalog.KnownEvents(provider);
        var handled = new Dictionary<string, IMethodSymbol>(StringComparer.Ordinal);
        IMethodSymbol? catchAll = null;
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.OnEventAttribute))
                {
                    CheckHandler(context, attribute, method, provider, known, handled);
                }
                else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.OnAnyEventAttribute))
                {
                    if (catchAll is null)
                    {
                        catchAll = method;
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SeveralCatchAllHandlers,
                        AttributeLocations.Of(attribute, context.CancellationToken),
                        type.Name,
                        catchAll.Name,
                        method.Name));
                }
            }
        }

        var ignored = IgnoredEvents(context, symbols, type, provider, known);
        if (known.Count == 0 || catchAll is not null)
        {
            return;
        }

        var missing = known.Where(e => !handled.ContainsKey(e) && !ignored.Contains(e)).ToList();
        if (missing.Count > 0)
        {
            ReportUnhandled(context, symbols, type, providerAttribute, provider, missing, handled.Values);
        }
    }

    private static void CheckHandler(
        SymbolAnalysisContext context,
        AttributeData attribute,
        IMethodSymbol method,
        string provider,
        IReadOnlyList<string> known,
        Dictionary<string, IMethodSymbol> handled)
    {
        if (WebhookSymbols.StringArgument(attribute) is not { } eventType)
        {
            return;
        }

        var location = AttributeLocations.Argument(attribute, 0, context.CancellationToken);
        CheckKnown(context, eventType, provider, known, location);
        if (handled.TryGetValue(eventType, out var first))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateHandler, location, eventType, first.Name));
        }
        else
        {
            handled.Add(eventType, method);
        }
    }

    private static HashSet<string> IgnoredEvents(
        SymbolAnalysisContext context, WebhookSymbols symbols, INamedTypeSymbol type, string provider, IReadOnlyList<string> known)
    {
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in WebhookSymbols.Attributes(type, symbols.IgnoreEventsAttribute))
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Array } values)
            {
                continue;
            }

            for (var i = 0; i < values.Values.Length; i++)
            {
                if (values.Values[i].Value is string eventType)
                {
                    ignored.Add(eventType);
                    CheckKnown(context, eventType, provider, known, AttributeLocations.ParamsElement(attribute, i, context.CancellationToken));
                }
            }
        }

        return ignored;
    }

    // Only against a catalogue: a provider that lists no events accepts any name.
    private static void CheckKnown(SymbolAnalysisContext context, string eventType, string provider, IReadOnlyList<string> known, Location location)
    {
        if (known.Count == 0 || known.Contains(eventType, StringComparer.Ordinal))
        {
            return;
        }

        var (hint, properties) = NearestName.Hint(eventType, known, "Use an event type exactly as the provider sends it.");
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownEventType, location, properties, eventType, provider, hint));
    }

    private static void ReportUnhandled(
        SymbolAnalysisContext context,
        WebhookSymbols symbols,
        INamedTypeSymbol type,
        AttributeData providerAttribute,
        string provider,
        List<string> missing,
        IEnumerable<IMethodSymbol> handlers)
    {
        var listed = string.Join(", ", missing.Take(ListedEvents));
        if (missing.Count > ListedEvents)
        {
            listed += $" and {missing.Count - ListedEvents} more";
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.UnhandledEvents, string.Join(DiagnosticProperties.Separator.ToString(), missing))
            .Add(DiagnosticProperties.PayloadType, StubPayloadType(symbols, provider, handlers));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnhandledEvents,
            AttributeLocations.DeclarationOf(providerAttribute, type, context.CancellationToken),
            properties,
            type.Name,
            missing.Count,
            provider,
            listed));
    }

    // New stubs take the provider's general contract if the class already uses it (not one made for named
    // events only, [WebhookContract(Events = ...)]); JsonElement fits every provider.
    private static string StubPayloadType(WebhookSymbols symbols, string provider, IEnumerable<IMethodSymbol> handlers)
    {
        var contract = handlers
            .SelectMany(m => m.Parameters)
            .Select(p => p.Type)
            .FirstOrDefault(t => WebhookSymbols.Attribute(t, symbols.ContractAttribute) is { } attribute
                && WebhookSymbols.StringArgument(attribute) == provider
                && !attribute.NamedArguments.Any(a => a.Key == "Events" && !a.Value.IsNull && a.Value.Values.Length > 0));
        return contract?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? "global::System.Text.Json.JsonElement";
    }
}
