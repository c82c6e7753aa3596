using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Reads one handler method: the generator takes the model, the analyzers take the reason when there is
/// none, so both apply the same rules.
/// </summary>
internal static class HandlerMethodParser
{
    /// <summary>
    /// For the generator: the handler model, or <c>null</c> when the dispatch could not call the method; a payload
    /// whose metadata the generator writes is recorded with <paramref name="payloadTypes"/> (call it only for a
    /// method the dispatch calls, so that nothing else reaches the generated metadata).
    /// </summary>
    public static EventHandlerModel? ReadAndRecordPayload(IMethodSymbol method, INamedTypeSymbol handlerClass, string eventType, PayloadTypeResolver payloadTypes)
    {
        var result = Read(method, handlerClass, eventType, payloadTypes);
        if (result.GeneratedPayload is { } payload)
        {
            payloadTypes.Use(payload, handlerClass);
        }

        return result.Handler;
    }

    /// <summary>Either the handler model of <paramref name="method"/> or why the dispatch could not call it; records no payload.</summary>
    public static HandlerMethodResult Read(IMethodSymbol method, string eventType, PayloadTypeResolver payloadTypes) =>
        Read(method, method.ContainingType, eventType, payloadTypes);

    /// <summary>As <see cref="Read(IMethodSymbol, string, PayloadTypeResolver)"/>, with the method's class already at hand.</summary>
    public static HandlerMethodResult Read(IMethodSymbol method, INamedTypeSymbol handlerClass, string eventType, PayloadTypeResolver payloadTypes)
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

        if (ReturnKind(method, payloadTypes.Recognized, out var problem) is not { } returns)
        {
            return HandlerMethodResult.Fail(problem);
        }

        // Read once: each read of Parameters builds a new array.
        var declared = method.Parameters;
        var parameters = ImmutableArray.CreateBuilder<HandlerParameterModel>(declared.Length);
        var payloads = 0;
        ITypeSymbol? generatedPayload = null;
        foreach (var parameter in declared)
        {
            if (parameter.RefKind != RefKind.None)
            {
                return HandlerMethodResult.Fail(HandlerMethodProblem.RefParameter, parameter);
            }

            var resolution = payloadTypes.Resolve(parameter.Type, handlerClass);
            if (resolution.Kind is not { } kind)
            {
                return resolution.Problem is { } reason
                    ? HandlerMethodResult.Fail(HandlerMethodProblem.UnsupportedPayloadType, parameter, reason)
                    : HandlerMethodResult.Fail(HandlerMethodProblem.UnsupportedParameter, parameter);
            }

            // The raw body may come alongside the payload; two deserialized payloads can't.
            payloads += kind == HandlerParameterKind.Payload ? 1 : 0;
            if (payloads > 1)
            {
                return HandlerMethodResult.Fail(HandlerMethodProblem.SeveralPayloads, parameter);
            }

            generatedPayload ??= resolution.GeneratedPayload;
            parameters.Add(new HandlerParameterModel { Kind = kind, TypeInfo = resolution.TypeInfo });
        }

        var handler = new EventHandlerModel
        {
            EventType = eventType,
            MethodName = CSharpIdentifier.Escape(method.Name),
            Returns = returns,
            Parameters = new EquatableArray<HandlerParameterModel>(parameters.MoveToImmutable()),
        };
        return HandlerMethodResult.Success(handler, generatedPayload);
    }

    private static HandlerReturnKind? ReturnKind(IMethodSymbol method, RecognizedTypes recognized, out HandlerMethodProblem problem)
    {
        problem = HandlerMethodProblem.UnsupportedReturnType;
        if (method.ReturnsVoid)
        {
            problem = HandlerMethodProblem.AsyncVoid;
            return method.IsAsync ? null : HandlerReturnKind.Void; // async void can't be awaited or fail the delivery
        }

        return method.ReturnType switch
        {
            var type when recognized.Task.Matches(type) => HandlerReturnKind.Task,
            var type when recognized.ValueTask.Matches(type) => HandlerReturnKind.ValueTask,
            _ => null,
        };
    }
}
