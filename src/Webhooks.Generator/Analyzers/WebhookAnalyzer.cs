using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// What every Webhooks analyzer does first: run concurrently, skip generated code, and look at a compilation only
/// when it references Webhooks.Abstractions, with its attribute types resolved once.
/// </summary>
public abstract class WebhookAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (WebhookSymbols.Create(start.Compilation) is { } symbols)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation that uses Webhooks.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext start, WebhookSymbols symbols);
}
