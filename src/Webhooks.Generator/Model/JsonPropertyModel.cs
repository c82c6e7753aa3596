namespace Webhooks.Generator.Model;

/// <summary>A property or field, as <c>JsonPropertyInfoValues&lt;T&gt;</c> describes it.</summary>
internal sealed record JsonPropertyModel
{
    /// <summary>The CLR name (<c>PropertyName</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The name as C# code writes it (<c>@</c>-escaped if it is a keyword).</summary>
    public required string NameInSource { get; init; }

    /// <summary>The fully qualified type that declares it.</summary>
    public required string DeclaringType { get; init; }

    /// <summary>The simple name of that type, for messages.</summary>
    public required string DeclaringTypeName { get; init; }

    /// <summary>Its fully qualified type as declared, with nullable annotations (they must match the delegates'), or <c>object</c> for an ignored member.</summary>
    public required string Type { get; init; }

    /// <summary>A property rather than a field.</summary>
    public required bool IsProperty { get; init; }

    /// <summary>Accessible to the generated code.</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Declared virtual, abstract or override.</summary>
    public required bool IsVirtual { get; init; }

    /// <summary>The getter is used.</summary>
    public required bool CanGet { get; init; }

    /// <summary>How the setter is used.</summary>
    public required JsonSetterKind Setter { get; init; }

    /// <summary>From <c>[JsonIgnore]</c>, if any.</summary>
    public JsonIgnoreCondition? IgnoreCondition { get; init; }

    /// <summary>Has <c>[JsonInclude]</c>.</summary>
    public bool HasJsonInclude { get; init; }

    /// <summary>Has <c>[JsonExtensionData]</c>.</summary>
    public bool IsExtensionData { get; init; }

    /// <summary>From <c>[JsonNumberHandling]</c>, if any.</summary>
    public JsonNumberHandling? NumberHandling { get; init; }

    /// <summary>The name from <c>[JsonPropertyName]</c>, if any (else the naming policy applies).</summary>
    public string? JsonName { get; init; }

    /// <summary><c>required</c> (unless the constructor sets required members) or <c>[JsonRequired]</c>.</summary>
    public bool IsRequired { get; init; }

    /// <summary>From the member's <c>[JsonObjectCreationHandling]</c>, if any.</summary>
    public JsonObjectCreationHandling? ObjectCreationHandling { get; init; }

    /// <summary>From <c>[JsonPropertyOrder]</c>.</summary>
    public int Order { get; init; }

    /// <summary>The getter's type is annotated non-nullable.</summary>
    public bool IsGetNonNullable { get; init; }

    /// <summary>The setter's type is annotated non-nullable.</summary>
    public bool IsSetNonNullable { get; init; }
}
