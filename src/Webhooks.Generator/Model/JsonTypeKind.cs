namespace Webhooks.Generator.Model;

/// <summary>How the metadata of a type is created.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type System.Text.Json has a built-in converter for (<see cref="JsonTypeModel.Converter"/>).</summary>
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
