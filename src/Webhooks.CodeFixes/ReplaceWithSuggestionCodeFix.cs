using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Analyzers;

namespace Webhooks.CodeFixes;

/// <summary>Replaces a misspelt event type (WHK0002) or provider name (WHK0007) with the nearest known one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceWithSuggestionCodeFix)), Shared]
public sealed class ReplaceWithSuggestionCodeFix : WebhookCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnknownEventType, DiagnosticIds.UnknownProvider);

    private protected override (string Title, Func<CancellationToken, Task<Document>> Apply)? Fix(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        // Only a string literal is replaced: a constant may be used elsewhere too.
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) || suggestion is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        return ($"Change to '{suggestion}'", _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal, suggestion)))));
    }

    private static LiteralExpressionSyntax Replacement(LiteralExpressionSyntax literal, string suggestion) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
            .WithTriviaFrom(literal);
}
