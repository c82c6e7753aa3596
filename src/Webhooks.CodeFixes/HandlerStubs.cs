using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Webhooks.CodeFixes;

/// <summary>Writes an empty <c>[OnEvent]</c> handler method for an event type.</summary>
internal static class HandlerStubs
{
    /// <summary>
    /// <c>[OnEvent("batch.failed")] public Task OnBatchFailed(OpenAIEvent evt, CancellationToken ct) =&gt; Task.CompletedTask;</c>,
    /// written fully qualified and annotated so that the workspace shortens the names and formats it.
    /// </summary>
    public static MemberDeclarationSyntax Create(string eventType, string methodName, string payloadType, string newLine)
    {
        var literal = SyntaxFactory.Literal(eventType).Text;
        var text =
            newLine + // a blank line before each new member
            $"[global::Webhooks.OnEvent({literal})]{newLine}" +
            $"public global::System.Threading.Tasks.Task {methodName}({payloadType} evt, global::System.Threading.CancellationToken ct) => " +
            $"global::System.Threading.Tasks.Task.CompletedTask;{newLine}";
        return SyntaxFactory.ParseMemberDeclaration(text)!
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    /// <summary>The line break the file already uses.</summary>
    public static string NewLineOf(SyntaxNode node) =>
        node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } newLine ? newLine : "\n";

    /// <summary><c>batch.failed</c> → <c>OnBatchFailed</c>; <c>fine_tuning.job.failed</c> → <c>OnFineTuningJobFailed</c>; unique in <paramref name="taken"/>.</summary>
    public static string MethodName(string eventType, ISet<string> taken)
    {
        var name = new StringBuilder("On");
        var upper = true;
        foreach (var c in eventType)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        var candidate = name.ToString();
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name.ToString() + i;
        }

        return candidate;
    }
}
