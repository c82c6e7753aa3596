using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// A handler class's namespace, <c>global::</c>-qualified name and hint name, written out from its names the way
/// <c>ToDisplayString</c> writes them (a reserved keyword gets an <c>@</c>): the transform runs for every class on every
/// edit, and SymbolDisplay was its costliest part. A handler class is never generic, nor inside a generic type
/// (HandlerClassRules), so names and dots are all there is.
/// </summary>
internal readonly struct HandlerClassNames
{
    private HandlerClassNames(string? ns, string fullyQualifiedName, string hintName)
    {
        Namespace = ns;
        FullyQualifiedName = fullyQualifiedName;
        HintName = hintName;
    }

    /// <summary>As <c>ContainingNamespace.ToDisplayString()</c>; <c>null</c> for the global namespace.</summary>
    public string? Namespace { get; }

    /// <summary>As <c>ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)</c>.</summary>
    public string FullyQualifiedName { get; }

    /// <summary>The generated file's name: the qualified name without <c>global::</c> or <c>@</c> (not allowed in a hint name).</summary>
    public string HintName { get; }

    public static HandlerClassNames Of(INamedTypeSymbol type)
    {
        var escaped = new StringBuilder("global::");
        var plain = new StringBuilder();
        string? ns = null;
        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            AppendNamespace(type.ContainingNamespace, escaped, plain);
            ns = escaped.ToString(8, escaped.Length - 8);
            escaped.Append('.');
            plain.Append('.');
        }

        AppendType(type, escaped, plain);
        return new HandlerClassNames(ns, escaped.ToString(), plain.Append(".Webhooks.g.cs").ToString());
    }

    private static void AppendNamespace(INamespaceSymbol ns, StringBuilder escaped, StringBuilder plain)
    {
        if (!ns.ContainingNamespace.IsGlobalNamespace)
        {
            AppendNamespace(ns.ContainingNamespace, escaped, plain);
            escaped.Append('.');
            plain.Append('.');
        }

        AppendName(ns.Name, escaped, plain);
    }

    private static void AppendType(INamedTypeSymbol type, StringBuilder escaped, StringBuilder plain)
    {
        if (type.ContainingType is { } containing)
        {
            AppendType(containing, escaped, plain);
            escaped.Append('.');
            plain.Append('.');
        }

        AppendName(type.Name, escaped, plain);
    }

    // SymbolDisplay escapes reserved keywords only (CSharpIdentifier.Escape, for declarations, escapes contextual ones too).
    private static void AppendName(string name, StringBuilder escaped, StringBuilder plain)
    {
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            escaped.Append('@');
        }

        escaped.Append(name);
        plain.Append(name);
    }
}
