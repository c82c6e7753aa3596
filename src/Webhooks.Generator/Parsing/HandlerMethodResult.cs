using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>Why the generated dispatch can't call a handler method.</summary>
internal enum HandlerMethodProblem
{
    None,
    NotOrdinaryMethod,
    Static,
    Generic,
    AsyncVoid,
    UnsupportedReturnType,
    RefParameter,
    UnsupportedParameter,
    SeveralPayloads,
}

/// <summary>
/// What <see cref="HandlerMethodParser.Read"/> found: a handler model, or a problem and the parameter it is
/// about. Lives only inside one transform or analyzer action; it never enters the incremental model.
/// </summary>
internal readonly struct HandlerMethodResult
{
    private HandlerMethodResult(EventHandlerModel? handler, HandlerMethodProblem problem, IParameterSymbol? parameter)
    {
        Handler = handler;
        Problem = problem;
        Parameter = parameter;
    }

    public EventHandlerModel? Handler { get; }

    public HandlerMethodProblem Problem { get; }

    /// <summary>The parameter the problem is about, if it is about one.</summary>
    public IParameterSymbol? Parameter { get; }

    public static HandlerMethodResult Success(EventHandlerModel handler) => new(handler, HandlerMethodProblem.None, null);

    public static HandlerMethodResult Fail(HandlerMethodProblem problem, IParameterSymbol? parameter = null) => new(null, problem, parameter);
}
