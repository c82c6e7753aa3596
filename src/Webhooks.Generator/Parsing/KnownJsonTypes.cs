using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>The framework types System.Text.Json reads without metadata of the user's: built-in converters, collections, extension data.</summary>
internal static class KnownJsonTypes
{
    /// <summary>Whether the type is the framework's (<c>System.*</c>, <c>Microsoft.*</c>): no metadata of the user's describes it.</summary>
    public static bool IsFramework(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name is "System" or "Microsoft";
    }

    /// <summary>The built-in converter System.Text.Json reads the type with, if it has one.</summary>
    public static JsonValueConverter? ValueConverter(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return JsonValueConverter.Boolean;
            case SpecialType.System_Byte: return JsonValueConverter.Byte;
            case SpecialType.System_SByte: return JsonValueConverter.SByte;
            case SpecialType.System_Char: return JsonValueConverter.Char;
            case SpecialType.System_Int16: return JsonValueConverter.Int16;
            case SpecialType.System_Int32: return JsonValueConverter.Int32;
            case SpecialType.System_Int64: return JsonValueConverter.Int64;
            case SpecialType.System_UInt16: return JsonValueConverter.UInt16;
            case SpecialType.System_UInt32: return JsonValueConverter.UInt32;
            case SpecialType.System_UInt64: return JsonValueConverter.UInt64;
            case SpecialType.System_Single: return JsonValueConverter.Single;
            case SpecialType.System_Double: return JsonValueConverter.Double;
            case SpecialType.System_Decimal: return JsonValueConverter.Decimal;
            case SpecialType.System_String: return JsonValueConverter.String;
            case SpecialType.System_DateTime: return JsonValueConverter.DateTime;
            case SpecialType.System_Object: return JsonValueConverter.Object;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return JsonValueConverter.ByteArray; // base64, as System.Text.Json reads byte[]
        }

        return JsonTypeNames.PlainName(type) switch
        {
            "System.DateTimeOffset" => JsonValueConverter.DateTimeOffset,
            "System.DateOnly" => JsonValueConverter.DateOnly,
            "System.TimeOnly" => JsonValueConverter.TimeOnly,
            "System.TimeSpan" => JsonValueConverter.TimeSpan,
            "System.Guid" => JsonValueConverter.Guid,
            "System.Uri" => JsonValueConverter.Uri,
            "System.Version" => JsonValueConverter.Version,
            "System.Int128" => JsonValueConverter.Int128,
            "System.UInt128" => JsonValueConverter.UInt128,
            "System.Half" => JsonValueConverter.Half,
            "System.Memory<byte>" => JsonValueConverter.MemoryByte,
            "System.ReadOnlyMemory<byte>" => JsonValueConverter.ReadOnlyMemoryByte,
            "System.Text.Json.JsonElement" => JsonValueConverter.JsonElement,
            "System.Text.Json.JsonDocument" => JsonValueConverter.JsonDocument,
            "System.Text.Json.Nodes.JsonNode" => JsonValueConverter.JsonNode,
            "System.Text.Json.Nodes.JsonObject" => JsonValueConverter.JsonObject,
            "System.Text.Json.Nodes.JsonArray" => JsonValueConverter.JsonArray,
            "System.Text.Json.Nodes.JsonValue" => JsonValueConverter.JsonValue,
            _ => null,
        };
    }

    /// <summary>The collection shapes the generator supports: the factory, whether it is a dictionary, and the generic type it creates.</summary>
    public static (JsonCollectionFactory Factory, bool IsDictionary, string? ConcreteDefinition)? CollectionOf(INamedTypeSymbol type) =>
        JsonTypeNames.PlainName(type.OriginalDefinition) switch
        {
            "System.Collections.Generic.List<T>" => (JsonCollectionFactory.List, false, "global::System.Collections.Generic.List"),
            "System.Collections.Generic.IList<T>" => (JsonCollectionFactory.IList, false, null),
            "System.Collections.Generic.ICollection<T>" => (JsonCollectionFactory.ICollection, false, null),
            "System.Collections.Generic.IEnumerable<T>" => (JsonCollectionFactory.IEnumerable, false, null),
            "System.Collections.Generic.IReadOnlyList<T>" => (JsonCollectionFactory.IEnumerable, false, null),
            "System.Collections.Generic.IReadOnlyCollection<T>" => (JsonCollectionFactory.IEnumerable, false, null),
            "System.Collections.Generic.HashSet<T>" => (JsonCollectionFactory.ISet, false, "global::System.Collections.Generic.HashSet"),
            "System.Collections.Generic.ISet<T>" => (JsonCollectionFactory.ISet, false, null),
            "System.Collections.Generic.Dictionary<TKey, TValue>" => (JsonCollectionFactory.Dictionary, true, "global::System.Collections.Generic.Dictionary"),
            "System.Collections.Generic.IDictionary<TKey, TValue>" => (JsonCollectionFactory.IDictionary, true, "global::System.Collections.Generic.Dictionary"),
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => (JsonCollectionFactory.IReadOnlyDictionary, true, "global::System.Collections.Generic.Dictionary"),
            _ => null,
        };

    /// <summary>A type <c>[JsonExtensionData]</c> can collect into: <c>JsonObject</c>, or a dictionary of string to <c>object</c> or <c>JsonElement</c>.</summary>
    public static bool IsExtensionDataType(ITypeSymbol type)
    {
        if (SymbolNames.Is(type, "System.Text.Json.Nodes.JsonObject"))
        {
            return true;
        }

        const string IDictionary = "System.Collections.Generic.IDictionary<TKey, TValue>";
        var dictionary = JsonTypeNames.PlainName(type.OriginalDefinition) == IDictionary
            ? type as INamedTypeSymbol
            : type.AllInterfaces.FirstOrDefault(i => JsonTypeNames.PlainName(i.OriginalDefinition) == IDictionary);
        return dictionary is { TypeArguments.Length: 2 }
            && dictionary.TypeArguments[0].SpecialType == SpecialType.System_String
            && (dictionary.TypeArguments[1].SpecialType == SpecialType.System_Object
                || SymbolNames.Is(dictionary.TypeArguments[1], WellKnownNames.JsonElement));
    }
}
