namespace Webhooks.Generator.Model;

/// <summary>How an object type is created and which members it has, in the order System.Text.Json's own generator lists them.</summary>
internal sealed record JsonObjectModel
{
    /// <summary>Whether it is a struct (setters unbox).</summary>
    public required bool IsValueType { get; init; }

    /// <summary>Whether it is created from an <c>object[]</c> of arguments (constructor parameters and member initializers).</summary>
    public required bool UsesParameterizedConstructor { get; init; }

    /// <summary>How many of <see cref="Parameters"/> the constructor itself takes; the rest are member initializers.</summary>
    public required int ConstructorArity { get; init; }

    /// <summary>Constructor parameters, then member initializers that match none of them.</summary>
    public required EquatableArray<JsonParameterModel> Parameters { get; init; }

    /// <summary>Members set in the object initializer of the creation expression: <c>Name = (Type)args[Position]</c>.</summary>
    public required EquatableArray<JsonInitializerModel> Initializers { get; init; }

    /// <summary>Properties and fields, declared type first, then its base types.</summary>
    public required EquatableArray<JsonPropertyModel> Properties { get; init; }

    /// <summary>From the type's <c>[JsonNumberHandling]</c>, if any.</summary>
    public JsonNumberHandling? NumberHandling { get; init; }

    /// <summary>From the type's <c>[JsonUnmappedMemberHandling]</c>, if any.</summary>
    public JsonUnmappedMemberHandling? UnmappedMemberHandling { get; init; }

    /// <summary>From the type's <c>[JsonObjectCreationHandling]</c>, if any.</summary>
    public JsonObjectCreationHandling? ObjectCreationHandling { get; init; }
}
