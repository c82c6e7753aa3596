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
        // Namespaces, then types, outermost first.
        var namespaces = 0;
        for (var ns = type.ContainingNamespace; !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            namespaces++;
        }

        var types = 0;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            types++;
        }

        var plain = new string[namespaces + types];
        var index = plain.Length;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            plain[--index] = current.Name;
        }

        for (var ns = type.ContainingNamespace; !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            plain[--index] = ns.Name;
        }

        var escaped = Escaped(plain);
        var joinedNamespace = namespaces switch
        {
            0 => null,
            1 => escaped[0],
            _ => string.Join(".", escaped, 0, namespaces),
        };
        return new HandlerClassNames(joinedNamespace, "global::" + string.Join(".", escaped), string.Join(".", plain) + ".Webhooks.g.cs");
    }

    // SymbolDisplay escapes reserved keywords only (CSharpIdentifier.Escape, for declarations, escapes contextual ones too).
    // Names rarely are keywords, so the array is copied only when one is.
    private static string[] Escaped(string[] names)
    {
        var escaped = names;
        for (var i = 0; i < names.Length; i++)
        {
            if (SyntaxFacts.GetKeywordKind(names[i]) != SyntaxKind.None)
            {
                escaped = escaped == names ? (string[])names.Clone() : escaped;
                escaped[i] = "@" + names[i];
            }
        }

        return escaped;
    }
}
