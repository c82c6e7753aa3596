namespace Webhooks.Generator.Model;

/// <summary>One event type and the method that handles it.</summary>
/// <param name="EventType">The <c>[OnEvent]</c> argument.</param>
/// <param name="MethodName">The method's name, escaped if it is a keyword.</param>
/// <param name="Returns">What the method returns.</param>
/// <param name="Parameters">The method's parameters, in order.</param>
internal sealed record EventHandlerModel(
    string EventType,
    string MethodName,
    HandlerReturnKind Returns,
    EquatableArray<HandlerParameterModel> Parameters);

/// <summary>What a handler method returns.</summary>
internal enum HandlerReturnKind
{
    Void,
    Task,
    ValueTask,
}

/// <summary>What a handler parameter receives.</summary>
internal enum HandlerParameterKind
{
    /// <summary>The body deserialized with the <c>JsonTypeInfo&lt;T&gt;</c> of <see cref="HandlerParameterModel.TypeInfoExpression"/>.</summary>
    Payload,
    Context,
    CancellationToken,

    /// <summary>The raw body as <c>ReadOnlyMemory&lt;byte&gt;</c>.</summary>
    RawBody,

    /// <summary>The raw body decoded as UTF-8 into a <c>string</c>.</summary>
    RawText,
}

/// <summary>One handler parameter.</summary>
/// <param name="Kind">What the parameter receives.</param>
/// <param name="TypeInfoExpression">For a payload: the C# expression of its <c>JsonTypeInfo&lt;T&gt;</c>.</param>
internal readonly record struct HandlerParameterModel(HandlerParameterKind Kind, string? TypeInfoExpression);
