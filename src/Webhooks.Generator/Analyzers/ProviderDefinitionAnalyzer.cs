using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Webhooks.Providers;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// <c>[assembly: WebhookProviderDefinition]</c> attributes the generator can't use (WHK0012): an empty name,
/// a built-in provider's name, or a name declared twice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProviderDefinitionAnalyzer : WebhookAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidProviderDefinition);

    // The start action is WebhookAnalyzer's, shared by every analyzer; a compilation action alone would bypass it.
#pragma warning disable RS1013 // Start action has no registered non-end actions
    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols)
#pragma warning restore RS1013
    {
        if (symbols.DefinitionAttribute is { } definition)
        {
            start.RegisterCompilationEndAction(end => Analyze(end, definition));
        }
    }

    private static void Analyze(CompilationAnalysisContext context, INamedTypeSymbol definition)
    {

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in WebhookSymbols.Attributes(context.Compilation.Assembly, definition))
        {
            var name = WebhookSymbols.StringArgument(attribute);
            var message = name switch
            {
                null or "" => "A webhook provider definition needs a non-empty name. Give it the name that handler classes pass to [WebhookProvider(\"...\")].",
                _ when BuiltInProviders.Find(name) is not null =>
                    $"'{name}' is a built-in webhook provider and can't be declared again. Use it by name in [WebhookProvider(\"{name}\")], or declare your own provider under another name.",
                _ when !seen.Add(name) =>
                    $"The webhook provider '{name}' is declared more than once, and only the first declaration is used. Remove the others.",
                _ => null,
            };

            if (message is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidProviderDefinition,
                    AttributeLocations.Argument(attribute, 0, context.CancellationToken),
                    message));
            }
        }
    }
}
