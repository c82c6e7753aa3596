using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Analyzers;

namespace Webhooks.CodeFixes;

/// <summary>Adds an empty <c>[OnEvent]</c> handler for each known event a class doesn't handle (WHK0001).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEventHandlersCodeFix)), Shared]
public sealed class AddEventHandlersCodeFix : WebhookCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnhandledEvents);

    private protected override (string Title, Func<CancellationToken, Task<Document>> Apply)? Fix(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } declaration
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.UnhandledEvents, out var joined) || string.IsNullOrEmpty(joined)
            || !diagnostic.Properties.TryGetValue(DiagnosticProperties.PayloadType, out var payloadType) || payloadType is null)
        {
            return null;
        }

        var events = joined!.Split(new[] { DiagnosticProperties.Separator }, StringSplitOptions.RemoveEmptyEntries);
        var title = events.Length == 1 ? $"Add a handler for '{events[0]}'" : $"Add handlers for the {events.Length} unhandled events";
        return (title, ct => AddHandlersAsync(document, declaration, events, payloadType, ct));
    }

    private static async Task<Document> AddHandlersAsync(
        Document document, ClassDeclarationSyntax declaration, string[] events, string payloadType, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var taken = new HashSet<string>((model?.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol)?.MemberNames ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        taken.Add(declaration.Identifier.ValueText); // a member can't share its class's name

        var newLine = HandlerStubs.NewLineOf(declaration);
        var stubs = events.Select(e => HandlerStubs.Create(e, HandlerStubs.MethodName(e, taken), payloadType, newLine));
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, declaration.AddMembers(stubs.ToArray())));
    }
}
