using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Webhooks.Generator.Analyzers;

namespace Webhooks.CodeFixes;

/// <summary>Declares a handler class, and every type around it, <c>partial</c> (WHK0004).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : WebhookCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ClassNotPartial);

    private protected override (string Title, Func<CancellationToken, Task<Document>> Apply)? Fix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
            ? ($"Make '{declaration.Identifier.ValueText}' partial", ct => MakePartialAsync(document, declaration, ct))
            : null;

    // The generated code re-declares the class and every type around it, so all of them must be partial.
    private static async Task<Document> MakePartialAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var type in declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                editor.SetModifiers(type, editor.Generator.GetModifiers(type).WithPartial(true));
            }
        }

        return editor.GetChangedDocument();
    }
}
