using Microsoft.CodeAnalysis.CSharp;

namespace Webhooks.Generator.Parsing;

/// <summary>Names as generated C# writes them.</summary>
internal static class CSharpIdentifier
{
    /// <summary>
    /// <paramref name="name"/>, with <c>@</c> when it is a keyword, contextual ones included: <c>@class</c>, <c>@record</c>.
    /// A verbatim identifier is valid wherever the plain one is, so escaping a contextual keyword is always safe.
    /// </summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
}
