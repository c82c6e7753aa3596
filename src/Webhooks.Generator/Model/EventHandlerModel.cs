namespace Webhooks.Generator.Model;

/// <summary>One event type and the method that handles it (a struct: a class has several, compared on every edit).</summary>
internal readonly record struct EventHandlerModel
{
    /// <summary>The <c>[OnEvent]</c> argument (empty for the <c>[OnAnyEvent]</c> method).</summary>
    public required string EventType { get; init; }

    /// <summary>The method's name, escaped if it is a keyword.</summary>
    public required string MethodName { get; init; }

    /// <summary>What the method returns.</summary>
    public required HandlerReturnKind Returns { get; init; }

    /// <summary>The method's parameters, in order.</summary>
    public required EquatableArray<HandlerParameterModel> Parameters { get; init; }
}
