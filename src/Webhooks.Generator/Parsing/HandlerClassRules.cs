using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Webhooks.Generator.Parsing;

/// <summary>Why the generated members can't be added to a <c>[WebhookProvider]</c> class.</summary>
internal enum HandlerClassProblem
{
    None,
    Record,
    Static,
    Abstract,
    Generic,
    NotPartial,
    NotVisible,
}

/// <summary>
/// The generated members go into a partial declaration of the class and of every type around it; these
/// are the rules for that, shared by the generator (which skips such a class) and the analyzers (which say why).
/// </summary>
internal static class HandlerClassRules
{
    /// <summary>The first problem found, and the type it is about (the class itself or a type around it).</summary>
    /// <param name="declaration">
    /// One of the class's declarations, if at hand: when it (and the declarations around it) is partial, the type's other
    /// declarations need not be listed; when not, they are.
    /// </param>
    public static HandlerClassProblem Check(INamedTypeSymbol type, out INamedTypeSymbol culprit, CancellationToken cancellationToken, TypeDeclarationSyntax? declaration = null)
    {
        culprit = type;
        if (type.IsRecord)
        {
            return HandlerClassProblem.Record;
        }

        if (type.IsStatic)
        {
            return HandlerClassProblem.Static;
        }

        if (type.IsAbstract)
        {
            return HandlerClassProblem.Abstract;
        }

        // Generic first: making a type partial would not help a class inside a generic one.
        for (var current = type; current is not null; current = current.ContainingType)
        {
            culprit = current;
            if (current.Arity > 0)
            {
                return HandlerClassProblem.Generic;
            }
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            culprit = current;
            if (!(declaration?.Modifiers.Any(SyntaxKind.PartialKeyword) == true || IsPartial(current, cancellationToken)))
            {
                return HandlerClassProblem.NotPartial;
            }

            declaration = declaration?.Parent as TypeDeclarationSyntax; // the containing type's declaration, if nested
        }

        // The registration file names the class from outside it, so it and every type around it must be visible there.
        for (var current = type; current is not null; current = current.ContainingType)
        {
            culprit = current;
            if (current.IsFileLocal || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return HandlerClassProblem.NotVisible;
            }
        }

        culprit = type;
        return HandlerClassProblem.None;
    }

    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
