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

    /// <summary>A payload type of the user's that the generator can't write JSON metadata for (<see cref="HandlerMethodResult.Reason"/> says why).</summary>
    UnsupportedPayloadType,
}
