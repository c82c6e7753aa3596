using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Which property of a <c>JsonSerializerContext</c> holds a type's <c>JsonTypeInfo&lt;T&gt;</c>: shared by payload
/// resolution, the generator's own metadata (which names its properties the same way) and the analyzers (which ask
/// whether the built-in contracts' context describes a type).
/// </summary>
internal static class JsonTypeInfoProperties
{
    /// <summary>
    /// The name of <paramref name="context"/>'s <c>JsonTypeInfo&lt;T&gt;</c> property for <paramref name="type"/>, when this
    /// compilation can see it (a context compiled elsewhere, or the built-in one); <c>null</c> otherwise. System.Text.Json
    /// names the property after the type unless told otherwise, so that name is looked up first, without listing every
    /// member; <paramref name="defaultNamesOnly"/> skips the search for a renamed property (the built-in context renames none).
    /// </summary>
    public static string? Find(INamedTypeSymbol context, ITypeSymbol type, INamedTypeSymbol? jsonTypeInfo, bool defaultNamesOnly = false)
    {
        if (jsonTypeInfo is null)
        {
            return null;
        }

        bool IsTypeInfoOfType(ISymbol member) =>
            member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { IsGenericType: true } propertyType }
            && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, jsonTypeInfo)
            && SymbolEqualityComparer.Default.Equals(propertyType.TypeArguments[0], type);

        foreach (var member in context.GetMembers(DefaultName(type)))
        {
            if (IsTypeInfoOfType(member))
            {
                return member.Name;
            }
        }

        return defaultNamesOnly ? null : context.GetMembers().FirstOrDefault(IsTypeInfoOfType)?.Name;
    }

    /// <summary>System.Text.Json's name for a type's property: <c>Order</c>, <c>OrderArray</c>, <c>ListOrder</c>, <c>DictionaryStringOrder</c>.</summary>
    public static string DefaultName(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return DefaultName(array.ElementType) + (array.Rank == 1 ? "Array" : $"Array{array.Rank}D");
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return type.Name;
        }

        var name = new StringBuilder(named.Name);
        var arguments = new List<ITypeSymbol>();
        for (var current = named; current is not null; current = current.ContainingType)
        {
            arguments.InsertRange(0, current.TypeArguments);
        }

        foreach (var argument in arguments)
        {
            name.Append(DefaultName(argument));
        }

        return name.ToString();
    }
}
