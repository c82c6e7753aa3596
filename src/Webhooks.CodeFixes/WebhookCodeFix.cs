using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Webhooks.CodeFixes;

/// <summary>
/// What every Webhooks code fix does around its own edit: one code action per diagnostic it can fix, keyed by the
/// fix's name, fixed all at once in batches.
/// </summary>
public abstract class WebhookCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Fix(context.Document, root, diagnostic) is var (title, apply))
            {
                context.RegisterCodeFix(CodeAction.Create(title, apply, equivalenceKey: GetType().Name), diagnostic);
            }
        }
    }

    /// <summary>The title and edit of the fix for <paramref name="diagnostic"/>, or <c>null</c> when its source can't be fixed.</summary>
    private protected abstract (string Title, Func<CancellationToken, Task<Document>> Apply)? Fix(Document document, SyntaxNode root, Diagnostic diagnostic);
}
