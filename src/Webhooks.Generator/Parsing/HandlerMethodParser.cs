using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Reads one handler method: the generator takes the model, the analyzers take the reason when there is
/// none, so both apply the same rules.
/// </summary>
internal static class HandlerMethodParser
{
    /// <summary>The handler model, or <c>null</c> when the dispatch could not call the method.</summary>
    public static EventHandlerModel? Parse(IMethodSymbol method, string eventType, PayloadTypeResolver payloadTypes) =>
        Read(method, eventType, payloadTypes).Handler;

    /// <summary>Either the handler model of <paramref name="method"/> or why the dispatch could not call it.</summary>
    public static HandlerMethodResult Read(IMethodSymbol method, string eventType, PayloadTypeResolver payloadTypes)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return HandlerMethodResult.Fail(HandlerMethodProblem.NotOrdinaryMethod);
        }

        if (method.IsStatic)
        {
            return HandlerMethodResult.Fail(HandlerMethodProblem.Static);
        }

        if (method.IsGenericMethod)
        {
            return HandlerMethodResult.Fail(HandlerMethodProblem.Generic);
        }

        if (ReturnKind(method, out var problem) is not { } returns)
        {
            return HandlerMethodResult.Fail(problem);
        }

        var parameters = new List<HandlerParameterModel>();
        var payloads = 0;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                return HandlerMethodResult.Fail(HandlerMethodProblem.RefParameter, parameter);
            }

            if (ParameterOf(parameter.Type, payloadTypes) is not { } model)
            {
                return HandlerMethodResult.Fail(HandlerMethodProblem.UnsupportedParameter, parameter);
            }

            payloads += model.Kind == HandlerParameterKind.Payload ? 1 : 0;
            if (payloads > 1)
            {
                return HandlerMethodResult.Fail(HandlerMethodProblem.SeveralPayloads, parameter);
            }

            parameters.Add(model);
        }

        return HandlerMethodResult.Success(
            new EventHandlerModel(eventType, EscapedName(method.Name), returns, parameters.ToEquatableArray()));
    }

    private static HandlerReturnKind? ReturnKind(IMethodSymbol method, out HandlerMethodProblem problem)
    {
        problem = HandlerMethodProblem.UnsupportedReturnType;
        if (method.ReturnsVoid)
        {
            problem = HandlerMethodProblem.AsyncVoid;
            return method.IsAsync ? null : HandlerReturnKind.Void; // async void can't be awaited or fail the delivery
        }

        return method.ReturnType.ToDisplayString() switch
        {
            WellKnownNames.Task => HandlerReturnKind.Task,
            WellKnownNames.ValueTask => HandlerReturnKind.ValueTask,
            _ => null,
        };
    }

    private static HandlerParameterModel? ParameterOf(ITypeSymbol type, PayloadTypeResolver payloadTypes)
    {
        switch (type.ToDisplayString())
        {
            case WellKnownNames.WebhookContext:
                return new HandlerParameterModel(HandlerParameterKind.Context, null);
            case WellKnownNames.CancellationToken:
                return new HandlerParameterModel(HandlerParameterKind.CancellationToken, null);
        }

        return payloadTypes.TypeInfoExpression(type) is { } expression
            ? new HandlerParameterModel(HandlerParameterKind.Payload, expression)
            : null;
    }

    public static string EscapedName(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
