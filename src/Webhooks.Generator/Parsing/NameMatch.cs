using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// <see cref="SymbolNames.Is"/> for one name, remembering the last symbol found to have it: the parser asks about the same
/// few types (Task, CancellationToken, OnEventAttribute…) for every handler method, and comparing a symbol is cheaper than
/// walking its name again. A remembered symbol has been checked by name, so the answer is always the name check's.
/// </summary>
internal sealed class NameMatch(string fullName)
{
    // Written by concurrent analyzer actions too: any value it holds was checked, so a lost write only costs a name check.
    private ISymbol? _matched;

    public bool Matches(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(symbol, _matched))
        {
            return true;
        }

        if (!SymbolNames.Is(symbol, fullName))
        {
            return false;
        }

        _matched = symbol;
        return true;
    }
}
