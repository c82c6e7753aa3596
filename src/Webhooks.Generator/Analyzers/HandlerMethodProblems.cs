using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator.Analyzers;

/// <summary>Says, for WHK0006, what is wrong with a handler method and how to fix it.</summary>
internal static class HandlerMethodProblems
{
    public static string Describe(HandlerMethodResult result, IMethodSymbol method)
    {
        var parameter = result.Parameter?.Name;
        return result.Problem switch
        {
            HandlerMethodProblem.NotOrdinaryMethod => "only an ordinary method can handle events. Move the code into a method.",
            HandlerMethodProblem.Static => "it is static. Make it an instance method; the class is resolved from dependency injection.",
            HandlerMethodProblem.Generic => "it is generic. Remove its type parameters.",
            HandlerMethodProblem.AsyncVoid => "it is async void, so its failure could not fail the delivery. Return Task instead.",
            HandlerMethodProblem.UnsupportedReturnType =>
                $"it returns '{method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'. Return void, Task or ValueTask.",
            HandlerMethodProblem.RefParameter => $"parameter '{parameter}' is passed by reference. Remove ref, out or in.",
            HandlerMethodProblem.UnsupportedParameter =>
                $"parameter '{parameter}' of type '{result.Parameter!.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' is not a " +
                "WebhookContext, a CancellationToken, the raw body (string or ReadOnlyMemory<byte>) or a payload type. Take a class, record or struct of yours, JsonElement or a built-in payload contract of the provider.",
            HandlerMethodProblem.UnsupportedPayloadType =>
                $"parameter '{parameter}' of type '{result.Parameter!.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' can't get " +
                $"compile-time JSON metadata: {result.Reason}. Change the type, or take JsonElement.",
            HandlerMethodProblem.SeveralPayloads => $"parameter '{parameter}' is a second payload. Take at most one payload parameter.",
            _ => "its shape is not supported.",
        };
    }
}
