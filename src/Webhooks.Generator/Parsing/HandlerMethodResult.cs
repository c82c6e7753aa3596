using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// What <see cref="HandlerMethodParser.Read"/> found: a handler model, or a problem and the parameter it is
/// about. Lives only inside one transform or analyzer action; it never enters the incremental model.
/// </summary>
internal readonly struct HandlerMethodResult
{
    private HandlerMethodResult(EventHandlerModel? handler, HandlerMethodProblem problem, IParameterSymbol? parameter, string? reason, ITypeSymbol? generatedPayload)
    {
        Handler = handler;
        Problem = problem;
        Parameter = parameter;
        Reason = reason;
        GeneratedPayload = generatedPayload;
    }

    public EventHandlerModel? Handler { get; }

    public HandlerMethodProblem Problem { get; }

    /// <summary>The parameter the problem is about, if it is about one.</summary>
    public IParameterSymbol? Parameter { get; }

    /// <summary>For <see cref="HandlerMethodProblem.UnsupportedPayloadType"/>: what the generator can't describe.</summary>
    public string? Reason { get; }

    /// <summary>On success: the payload type whose JSON metadata the generator writes, if the handler takes one.</summary>
    public ITypeSymbol? GeneratedPayload { get; }

    public static HandlerMethodResult Success(EventHandlerModel handler, ITypeSymbol? generatedPayload = null) =>
        new(handler, HandlerMethodProblem.None, null, null, generatedPayload);

    public static HandlerMethodResult Fail(HandlerMethodProblem problem, IParameterSymbol? parameter = null, string? reason = null) =>
        new(null, problem, parameter, reason, null);
}
