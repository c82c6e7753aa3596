namespace Webhooks.Generator.Model;

/// <summary>
/// Where the dispatch gets a payload's <c>JsonTypeInfo&lt;T&gt;</c>: a property of a <c>JsonSerializerContext</c>'s
/// <c>Default</c> instance, or the metadata the generator writes itself, read with a naming policy.
/// </summary>
internal sealed record PayloadTypeInfoModel
{
    private PayloadTypeInfoModel()
    {
    }

    /// <summary>The fully qualified <c>JsonSerializerContext</c> that has the metadata; <c>null</c> when the generator writes it.</summary>
    public string? Context { get; private init; }

    /// <summary>With <see cref="Context"/>: its <c>JsonTypeInfo&lt;T&gt;</c> property.</summary>
    public string? ContextProperty { get; private init; }

    /// <summary>Without <see cref="Context"/>: the naming policy the generated metadata is read with (a <c>JsonNamingPolicies</c> name).</summary>
    public string? NamingPolicy { get; private init; }

    /// <summary>Without <see cref="Context"/>: the fully qualified payload type.</summary>
    public string? PayloadType { get; private init; }

    public static PayloadTypeInfoModel FromContext(string context, string property) =>
        new() { Context = context, ContextProperty = property };

    public static PayloadTypeInfoModel Generated(string payloadType, string namingPolicy) =>
        new() { PayloadType = payloadType, NamingPolicy = namingPolicy };
}
