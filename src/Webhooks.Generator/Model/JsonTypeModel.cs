namespace Webhooks.Generator.Model;

/// <summary>One type of a payload graph.</summary>
internal sealed record JsonTypeModel
{
    /// <summary>The <c>global::</c>-qualified name, without nullable reference annotations.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>A short name for the generated members, as System.Text.Json names them: <c>Order</c>, <c>ListOrderLine</c>, <c>NullableInt32</c>.</summary>
    public required string Name { get; init; }

    /// <summary>How its metadata is created.</summary>
    public required JsonTypeKind Kind { get; init; }

    /// <summary>For <see cref="JsonTypeKind.Value"/>: System.Text.Json's built-in converter.</summary>
    public JsonValueConverter? Converter { get; init; }

    /// <summary>For arrays, collections and dictionaries: the <c>JsonMetadataServices</c> factory.</summary>
    public JsonCollectionFactory? Factory { get; init; }

    /// <summary>For collections and dictionaries: the fully qualified type the factory creates empty, if it needs one.</summary>
    public string? ConcreteType { get; init; }

    /// <summary>The element (arrays, collections), value (dictionaries) or underlying (nullable) type, fully qualified.</summary>
    public string? ElementType { get; init; }

    /// <summary>For dictionaries: the key type (always <c>string</c>), fully qualified.</summary>
    public string? KeyType { get; init; }

    /// <summary>For objects: construction and members.</summary>
    public JsonObjectModel? Object { get; init; }
}
