namespace Webhooks.Generator.Model;

/// <summary>One handler parameter.</summary>
internal readonly record struct HandlerParameterModel
{
    /// <summary>What the parameter receives.</summary>
    public required HandlerParameterKind Kind { get; init; }

    /// <summary>For a payload: where its <c>JsonTypeInfo&lt;T&gt;</c> comes from.</summary>
    public PayloadTypeInfoModel? TypeInfo { get; init; }
}
