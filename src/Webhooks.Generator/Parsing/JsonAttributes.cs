using System.Linq;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>Recognizes System.Text.Json's serialization attributes and reads their enum arguments.</summary>
internal static class JsonAttributes
{
    private const string SerializationNamespace = "System.Text.Json.Serialization.";

    /// <summary>Whether the attribute is <c>System.Text.Json.Serialization.{name}</c>.</summary>
    public static bool Is(AttributeData attribute, string name) =>
        SymbolNames.IsAttribute(attribute, SerializationNamespace + name);

    /// <summary>A <c>[JsonConverter]</c>, or an attribute derived from it: the generator can't describe what a converter reads.</summary>
    public static bool IsConverter(AttributeData attribute)
    {
        for (var current = attribute.AttributeClass; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Is(current, SerializationNamespace + "JsonConverterAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of the attribute's first (enum) argument; <c>null</c> when it has none.</summary>
    public static int? EnumArgument(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.FirstOrDefault() is not { Type: INamedTypeSymbol } argument)
        {
            return null;
        }

        return argument.Value is int number && argument.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } ? number : 0;
    }
}
