namespace Webhooks.Generator.Model;

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
