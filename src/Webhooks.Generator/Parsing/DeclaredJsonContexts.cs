using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// The <c>JsonSerializerContext</c>s a <c>[WebhookJsonContext]</c> names on a handler class or on the assembly. The
/// assembly's are read once per compilation: every class's transform would otherwise list the assembly's attributes again.
/// </summary>
internal static class DeclaredJsonContexts
{
    private static readonly ConditionalWeakTable<Compilation, AssemblyContexts> PerCompilation = new();

    /// <summary>The class's contexts, then the assembly's; usually none.</summary>
    public static List<INamedTypeSymbol> For(INamedTypeSymbol handlerClass, Compilation compilation, JsonSymbols symbols)
    {
        var contexts = NamedBy(handlerClass, symbols);
        contexts.AddRange(PerCompilation.GetValue(compilation, static c => new AssemblyContexts(c)).Contexts);
        return contexts;
    }

    private static List<INamedTypeSymbol> NamedBy(ISymbol symbol, JsonSymbols symbols)
    {
        var contexts = new List<INamedTypeSymbol>();
        if (symbols.SerializerContext is null)
        {
            return contexts;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolNames.IsAttribute(attribute, WellKnownNames.WebhookJsonContextAttribute)
                && attribute.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol context
                && IsSerializerContext(context, symbols.SerializerContext))
            {
                contexts.Add(context);
            }
        }

        return contexts;
    }

    private static bool IsSerializerContext(INamedTypeSymbol type, INamedTypeSymbol serializerContext)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, serializerContext))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class AssemblyContexts(Compilation compilation)
    {
        public ImmutableArray<INamedTypeSymbol> Contexts { get; } = NamedBy(compilation.Assembly, JsonSymbols.For(compilation)).ToImmutableArray();
    }
}
