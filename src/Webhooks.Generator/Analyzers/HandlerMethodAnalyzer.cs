using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// Checks each <c>[OnEvent]</c>/<c>[OnAnyEvent]</c> method with the generator's own rules (WHK0006, and WHK0013 for a
/// payload type the generator can't write JSON metadata for), its payload
/// against the class's provider (WHK0008), and that its class is a handler class at all (WHK0010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerMethodAnalyzer : WebhookAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HandlerMethodNotSupported,
        DiagnosticDescriptors.PayloadTypeNeedsJsonContext,
        DiagnosticDescriptors.PayloadOfOtherProvider,
        DiagnosticDescriptors.PayloadDoesNotFitEvent,
        DiagnosticDescriptors.HandlerOutsideProviderClass);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols)
    {
        var compilation = start.Compilation;
        start.RegisterSymbolAction(symbol => Analyze(symbol, symbols, compilation), SymbolKind.Method);
    }

    private static void Analyze(SymbolAnalysisContext context, WebhookSymbols symbols, Compilation compilation)
    {
        var method = (IMethodSymbol)context.Symbol;
        var handlerAttribute = method.GetAttributes().FirstOrDefault(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.OnEventAttribute)
            || SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.OnAnyEventAttribute));
        if (handlerAttribute is null)
        {
            return;
        }

        var type = method.ContainingType;
        if (WebhookSymbols.Attribute(type, symbols.ProviderAttribute) is not { } providerAttribute)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HandlerOutsideProviderClass,
                AttributeLocations.Of(handlerAttribute, context.CancellationToken),
                method.Name,
                handlerAttribute.AttributeClass!.Name.Replace("Attribute", ""),
                type.Name));
            return;
        }

        // The resolver caches per instance and is not thread-safe: one per action.
        var result = HandlerMethodParser.Read(method, "", new PayloadTypeResolver(compilation));
        var location = result.Parameter?.Locations.FirstOrDefault() ?? method.Locations.FirstOrDefault() ?? Location.None;
        if (result.Problem == HandlerMethodProblem.UnsupportedPayloadType)
        {
            // The generator's own "can this type be generated" answer (JsonTypeGraph), with its reason.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PayloadTypeNeedsJsonContext,
                location,
                method.Name,
                result.Parameter!.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                result.Reason,
                type.Name));
        }
        else if (result.Problem != HandlerMethodProblem.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HandlerMethodNotSupported, location, method.Name, HandlerMethodProblems.Describe(result, method)));
        }

        if (WebhookSymbols.StringArgument(providerAttribute) is { } provider)
        {
            CheckPayloads(context, symbols, method, provider);
            CheckPayloadFitsEvents(context, symbols, method, handlerAttribute);
        }
    }

    // WHK0014: an event-specific contract on another event (or on a catch-all), or a nested contract object.
    private static void CheckPayloadFitsEvents(SymbolAnalysisContext context, WebhookSymbols symbols, IMethodSymbol method, AttributeData handlerAttribute)
    {
        var catchAll = SymbolEqualityComparer.Default.Equals(handlerAttribute.AttributeClass, symbols.OnAnyEventAttribute);
        var eventTypes = EventTypeRules.Of(method).ToArray();
        foreach (var parameter in method.Parameters)
        {
            var typeName = parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            string? reason = null;
            string? instead = null;
            if (symbols.IsNestedContractType(parameter.Type))
            {
                reason = "is an object inside a delivery, not a delivery body";
                instead = "the provider's event contract that carries it (for Stripe objects, StripeEvent<" + typeName + ">), or JsonElement";
            }
            else if (symbols.ContractEvents(parameter.Type) is { } described)
            {
                var misfits = catchAll ? ["every other event"] : eventTypes.Where(e => !described.Contains(e)).ToArray();
                if (misfits.Length > 0)
                {
                    reason = $"describes only {string.Join(", ", described)}, not {string.Join(", ", misfits)}";
                    instead = "the provider's general contract or JsonElement";
                }
            }

            if (reason is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PayloadDoesNotFitEvent,
                    parameter.Locations.FirstOrDefault() ?? Location.None,
                    parameter.Name,
                    typeName,
                    reason,
                    instead));
            }
        }
    }

    private static void CheckPayloads(SymbolAnalysisContext context, WebhookSymbols symbols, IMethodSymbol method, string provider)
    {
        foreach (var parameter in method.Parameters)
        {
            if (symbols.ContractProvider(parameter.Type) is { } owner && owner != provider)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PayloadOfOtherProvider,
                    parameter.Locations.FirstOrDefault() ?? Location.None,
                    parameter.Name,
                    parameter.Type.Name,
                    owner,
                    method.ContainingType.Name,
                    provider));
            }
        }
    }
}
