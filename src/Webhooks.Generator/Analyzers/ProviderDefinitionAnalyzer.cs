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
public sealed class ProviderDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidProviderDefinition);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        if (WebhookSymbols.Create(context.Compilation) is not { DefinitionAttribute: { } definition })
        {
            return;
        }

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
