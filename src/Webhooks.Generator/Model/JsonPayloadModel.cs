using System;
using System.Collections.Generic;
using System.Linq;

namespace Webhooks.Generator.Model;

/// <summary>What the parser reads from one <c>[WebhookProvider]</c> class: its dispatch, and the JSON metadata its payloads need.</summary>
/// <param name="Class">The class's dispatch model.</param>
/// <param name="Json">The payload types the generator writes metadata for, and the naming policies they are read with.</param>
internal sealed record ParsedHandlerClass(HandlerClassModel Class, JsonPayloadsModel Json);

/// <summary>
/// The user's own payload types that need generated metadata: every type of their graphs (object types,
/// collections, enums, primitives), each once, sorted by name, and the naming policies handlers read them with.
/// Merged over all handler classes into the one generated <c>Webhooks.Json.g.cs</c>.
/// </summary>
/// <param name="Policies">Names of <c>JsonNamingPolicy</c> members (or <c>None</c>), sorted ordinally.</param>
/// <param name="Types">The types, sorted ordinally by fully qualified name.</param>
internal sealed record JsonPayloadsModel(EquatableArray<string> Policies, EquatableArray<JsonTypeModel> Types)
{
    public static JsonPayloadsModel Empty { get; } = new(default, default);

    public bool IsEmpty => Policies.Length == 0 && Types.Length == 0;

    /// <summary>The union of several classes' payloads, sorted and deduplicated, so that it compares equal whenever the parts do.</summary>
    public static JsonPayloadsModel Merge(IEnumerable<JsonPayloadsModel> parts)
    {
        var policies = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, JsonTypeModel>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            policies.UnionWith(part.Policies);
            foreach (var type in part.Types)
            {
                // One compilation describes a type one way: the first description is as good as any other.
                if (!types.ContainsKey(type.FullyQualifiedName))
                {
                    types.Add(type.FullyQualifiedName, type);
                }
            }
        }

        return new JsonPayloadsModel(policies.ToEquatableArray(), types.Values.ToEquatableArray());
    }
}

/// <summary>How the metadata of a type is created.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type System.Text.Json has a built-in converter for (<c>JsonMetadataServices.{Converter}</c>).</summary>
    Value,

    /// <summary><c>Nullable&lt;T&gt;</c> of a supported value type.</summary>
    Nullable,

    /// <summary>An enum, read and written as strings with the naming policy of the options.</summary>
    Enum,

    /// <summary>A one-dimensional array.</summary>
    Array,

    /// <summary>A list, set or read-only collection interface.</summary>
    Collection,

    /// <summary>A dictionary with string keys.</summary>
    Dictionary,

    /// <summary>A class, record or struct with properties.</summary>
    Object,
}

/// <summary>One type of a payload graph.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified name, without nullable reference annotations.</param>
/// <param name="Name">A short name for the generated members, as System.Text.Json names them: <c>Order</c>, <c>ListOrderLine</c>, <c>NullableInt32</c>.</param>
/// <param name="Kind">How its metadata is created.</param>
/// <param name="Converter">For <see cref="JsonTypeKind.Value"/>: the <c>JsonMetadataServices</c> converter property.</param>
/// <param name="Factory">For collections and dictionaries: the <c>JsonMetadataServices</c> method, such as <c>CreateListInfo</c>.</param>
/// <param name="Creator">For collections and dictionaries: the expression that creates an empty instance, if the factory needs one.</param>
/// <param name="ElementType">The element (collections), value (dictionaries) or underlying (nullable) type.</param>
/// <param name="KeyType">For dictionaries: the key type (always <c>string</c>).</param>
/// <param name="Object">For objects: construction and members.</param>
internal sealed record JsonTypeModel(
    string FullyQualifiedName,
    string Name,
    JsonTypeKind Kind,
    string? Converter,
    string? Factory,
    string? Creator,
    string? ElementType,
    string? KeyType,
    JsonObjectModel? Object);

/// <summary>How an object type is created and which members it has, in the order System.Text.Json's own generator lists them.</summary>
/// <param name="IsValueType">Whether it is a struct (setters unbox).</param>
/// <param name="UsesParameterizedConstructor">Whether it is created from an <c>object[]</c> of arguments (constructor parameters and member initializers).</param>
/// <param name="ConstructorArity">How many of <see cref="Parameters"/> the constructor itself takes; the rest are member initializers.</param>
/// <param name="Parameters">Constructor parameters, then member initializers that match none of them.</param>
/// <param name="Initializers">Members set in the object initializer of the creation expression: <c>Name = (Type)args[Position]</c>.</param>
/// <param name="Properties">Properties and fields, declared type first, then its base types.</param>
/// <param name="NumberHandling">A <c>JsonNumberHandling</c> expression from the type's attribute, if any.</param>
/// <param name="UnmappedMemberHandling">A <c>JsonUnmappedMemberHandling</c> expression from the type's attribute, if any.</param>
/// <param name="ObjectCreationHandling">A <c>JsonObjectCreationHandling</c> expression from the type's attribute, if any.</param>
internal sealed record JsonObjectModel(
    bool IsValueType,
    bool UsesParameterizedConstructor,
    int ConstructorArity,
    EquatableArray<JsonParameterModel> Parameters,
    EquatableArray<JsonInitializerModel> Initializers,
    EquatableArray<JsonPropertyModel> Properties,
    string? NumberHandling,
    string? UnmappedMemberHandling,
    string? ObjectCreationHandling);

/// <summary>A property or field, as <c>JsonPropertyInfoValues&lt;T&gt;</c> describes it.</summary>
/// <param name="Name">The CLR name (<c>PropertyName</c>).</param>
/// <param name="NameInSource">The name as C# code writes it (<c>@</c>-escaped if it is a keyword).</param>
/// <param name="DeclaringType">The fully qualified type that declares it.</param>
/// <param name="DeclaringTypeName">The simple name of that type, for messages.</param>
/// <param name="Type">Its fully qualified type as declared, with nullable annotations (they must match the delegates'), or <c>object</c> for an ignored member.</param>
/// <param name="IsProperty">A property rather than a field.</param>
/// <param name="IsPublic">Accessible to the generated code.</param>
/// <param name="IsVirtual">Declared virtual, abstract or override.</param>
/// <param name="CanGet">The getter is used.</param>
/// <param name="Setter">How the setter is used.</param>
/// <param name="IgnoreCondition">A <c>JsonIgnoreCondition</c> member name from <c>[JsonIgnore]</c>, if any.</param>
/// <param name="HasJsonInclude">Has <c>[JsonInclude]</c>.</param>
/// <param name="IsExtensionData">Has <c>[JsonExtensionData]</c>.</param>
/// <param name="NumberHandling">A <c>JsonNumberHandling</c> expression from <c>[JsonNumberHandling]</c>, if any.</param>
/// <param name="JsonName">The name from <c>[JsonPropertyName]</c>, if any (else the naming policy applies).</param>
/// <param name="IsRequired"><c>required</c> (unless the constructor sets required members) or <c>[JsonRequired]</c>.</param>
/// <param name="ObjectCreationHandling">A <c>JsonObjectCreationHandling</c> expression from the member's attribute, if any.</param>
/// <param name="Order">From <c>[JsonPropertyOrder]</c>.</param>
/// <param name="IsGetNonNullable">The getter's type is annotated non-nullable.</param>
/// <param name="IsSetNonNullable">The setter's type is annotated non-nullable.</param>
internal sealed record JsonPropertyModel(
    string Name,
    string NameInSource,
    string DeclaringType,
    string DeclaringTypeName,
    string Type,
    bool IsProperty,
    bool IsPublic,
    bool IsVirtual,
    bool CanGet,
    JsonSetterKind Setter,
    string? IgnoreCondition,
    bool HasJsonInclude,
    bool IsExtensionData,
    string? NumberHandling,
    string? JsonName,
    bool IsRequired,
    string? ObjectCreationHandling,
    int Order,
    bool IsGetNonNullable,
    bool IsSetNonNullable);

/// <summary>How the generated setter delegate of a member assigns it.</summary>
internal enum JsonSetterKind
{
    /// <summary>No setter delegate.</summary>
    None,

    /// <summary>Assigns the member.</summary>
    Assign,

    /// <summary>An init-only setter: the object initializer of the creation expression sets it; the delegate throws.</summary>
    InitOnly,

    /// <summary>A <c>[JsonInclude]</c> member with no setter to call (get-only, read-only field): the delegate throws, as System.Text.Json's does.</summary>
    NotSettable,
}

/// <summary>A <c>JsonParameterInfoValues</c>: a constructor parameter or a member initializer.</summary>
/// <param name="Name">The parameter's (or member's) name.</param>
/// <param name="Type">Its fully qualified type, for <c>typeof</c>.</param>
/// <param name="DeclaredType">Its fully qualified type as declared, with nullable annotations, for the argument's cast.</param>
/// <param name="Position">Its index in the arguments array.</param>
/// <param name="HasDefaultValue">Whether the parameter has a default value.</param>
/// <param name="DefaultValue">The default value as a C# expression, if it has one.</param>
/// <param name="IsNullable">Whether null is allowed for it (when nullable annotations are respected).</param>
/// <param name="IsMemberInitializer">Whether it is a required or init-only member rather than a constructor parameter.</param>
internal sealed record JsonParameterModel(
    string Name,
    string Type,
    string DeclaredType,
    int Position,
    bool HasDefaultValue,
    string? DefaultValue,
    bool IsNullable,
    bool IsMemberInitializer);

/// <summary>A member the creation expression sets in its object initializer.</summary>
/// <param name="NameInSource">The member's name as C# writes it.</param>
/// <param name="Type">Its fully qualified type as declared, with nullable annotations.</param>
/// <param name="Position">The index of its value in the arguments array.</param>
internal sealed record JsonInitializerModel(string NameInSource, string Type, int Position);
