using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>Reads one <c>[OnEvent]</c> method, or returns <c>null</c> when the dispatch could not call it.</summary>
internal static class HandlerMethodParser
{
    public static EventHandlerModel? Parse(IMethodSymbol method, string eventType, PayloadTypeResolver payloadTypes)
    {
        if (method.IsStatic || method.IsGenericMethod || method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        if (ReturnKind(method) is not { } returns)
        {
            return null;
        }

        var parameters = new List<HandlerParameterModel>();
        var payloads = 0;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || ParameterOf(parameter.Type, payloadTypes) is not { } model)
            {
                return null;
            }

            payloads += model.Kind == HandlerParameterKind.Payload ? 1 : 0;
            parameters.Add(model);
        }

        return payloads > 1
            ? null
            : new EventHandlerModel(eventType, EscapedName(method.Name), returns, parameters.ToEquatableArray());
    }

    private static HandlerReturnKind? ReturnKind(IMethodSymbol method)
    {
        if (method.ReturnsVoid)
        {
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

    private static string EscapedName(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
