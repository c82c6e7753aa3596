using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Analyzers;

namespace Webhooks.CodeFixes;

/// <summary>Replaces a misspelt event type (WHK0002) or provider name (WHK0007) with the nearest known one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceWithSuggestionCodeFix)), Shared]
public sealed class ReplaceWithSuggestionCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnknownEventType, DiagnosticIds.UnknownProvider);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Only a string literal is replaced: a constant may be used elsewhere too.
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) || suggestion is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Change to '{suggestion}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal, suggestion)))),
                    equivalenceKey: nameof(ReplaceWithSuggestionCodeFix)),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax Replacement(LiteralExpressionSyntax literal, string suggestion) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
            .WithTriviaFrom(literal);
}
