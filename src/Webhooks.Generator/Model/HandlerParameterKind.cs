namespace Webhooks.Generator.Model;

/// <summary>What a handler parameter receives.</summary>
internal enum HandlerParameterKind
{
    /// <summary>The body deserialized with the <c>JsonTypeInfo&lt;T&gt;</c> of <see cref="HandlerParameterModel.TypeInfo"/>.</summary>
    Payload,
    Context,
    CancellationToken,

    /// <summary>The raw body as <c>ReadOnlyMemory&lt;byte&gt;</c>.</summary>
    RawBody,

    /// <summary>The raw body decoded as UTF-8 into a <c>string</c>.</summary>
    RawText,
}
