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
public sealed class HandlerMethodAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HandlerMethodNotSupported,
        DiagnosticDescriptors.PayloadTypeNeedsJsonContext,
        DiagnosticDescriptors.PayloadOfOtherProvider,
        DiagnosticDescriptors.HandlerOutsideProviderClass);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (WebhookSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            var compilation = start.Compilation;
            start.RegisterSymbolAction(symbol => Analyze(symbol, symbols, compilation), SymbolKind.Method);
        });
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
