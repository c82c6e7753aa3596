using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Compares a symbol's namespace-qualified name without building a display string: the transform runs for
/// every handler class on every edit, and display strings were most of what it allocated.
/// </summary>
internal static class SymbolNames
{
    /// <summary>
    /// True when <paramref name="symbol"/> is named <paramref name="fullName"/>: namespaces and containing types separated
    /// by dots, each name as in metadata, so that a generic type carries its arity (<c>Webhooks.OnEventAttribute</c>,
    /// <c>System.ReadOnlyMemory`1</c>). Type arguments are not compared.
    /// </summary>
    public static bool Is(ISymbol? symbol, string fullName)
    {
        var end = fullName.Length;
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            var name = current.MetadataName;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (current.ContainingSymbol is null or INamespaceSymbol { IsGlobalNamespace: true })
            {
                return start == 0;
            }

            if (start == 0 || fullName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary>True when the attribute's class is named <paramref name="fullName"/>.</summary>
    public static bool IsAttribute(AttributeData attribute, string fullName) => Is(attribute.AttributeClass, fullName);
}
