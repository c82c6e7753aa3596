using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Reads a <c>[WebhookProvider]</c> class into a <see cref="HandlerClassModel"/> and the JSON metadata its payloads
/// need (<see cref="JsonPayloadsModel"/>). Classes and methods that
/// can't work are left out here; the analyzers say why, so that this stays a pure, cacheable transform.
/// </summary>
internal static class HandlerClassParser
{
    public static ParsedHandlerClass? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || !CanHostGeneratedCode(type, context.TargetNode as TypeDeclarationSyntax, cancellationToken))
        {
            return null;
        }

        var attribute = context.Attributes[0];
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string provider)
        {
            return null;
        }

        var (path, via, processing) = NamedArguments(attribute);
        var payloadTypes = new PayloadTypeResolver(context.SemanticModel.Compilation);
        var members = type.GetMembers(); // a new array on each call
        var handlers = ImmutableArray.CreateBuilder<EventHandlerModel>(members.Length);
        EventHandlerModel? catchAll = null;
        foreach (var member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var methodAttribute in method.GetAttributes())
            {
                // A second handler for the same event is an analyzer error; the first usable one wins here, and only
                // the handlers the dispatch calls record their payloads.
                if (EventTypeRules.Of(methodAttribute, payloadTypes.Recognized.OnEventAttribute) is { } eventType)
                {
                    if (!IsHandled(handlers, eventType) && HandlerMethodParser.ReadAndRecordPayload(method, type, eventType, payloadTypes) is { } handler)
                    {
                        handlers.Add(handler);
                    }
                }

                // A second [OnAnyEvent] method is an analyzer error; the first usable one wins here.
                else if (catchAll is null && payloadTypes.Recognized.OnAnyEventAttribute.Matches(methodAttribute.AttributeClass))
                {
                    catchAll = HandlerMethodParser.ReadAndRecordPayload(method, type, "", payloadTypes);
                }
            }
        }

        var names = HandlerClassNames.Of(type);
        var model = new HandlerClassModel
        {
            Namespace = names.Namespace,
            ContainingTypes = ContainingTypes(type).ToEquatableArray(),
            ClassName = CSharpIdentifier.Escape(type.Name),
            FullyQualifiedName = names.FullyQualifiedName,
            HintName = names.HintName,
            ProviderName = provider,
            Path = path,
            Via = via,
            Handlers = new EquatableArray<EventHandlerModel>(handlers.ToImmutable()),
            CatchAll = catchAll,
            Processing = processing,
        };
        return new ParsedHandlerClass(model, payloadTypes.Payloads);
    }

    // A class has a handful of handlers: a scan allocates nothing, where a set would for every class on every edit.
    private static bool IsHandled(ImmutableArray<EventHandlerModel>.Builder handlers, string eventType)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i].EventType == eventType)
            {
                return true;
            }
        }

        return false;
    }

    // One pass without a closure per name (this runs for every class on every edit); the first of a repeated name wins.
    private static (string? Path, string? Via, ProcessingMode Processing) NamedArguments(AttributeData attribute)
    {
        object? path = null, via = null, processing = null;
        bool seenPath = false, seenVia = false, seenProcessing = false;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Path" when !seenPath:
                    (path, seenPath) = (argument.Value.Value, true);
                    break;
                case "Via" when !seenVia:
                    (via, seenVia) = (argument.Value.Value, true);
                    break;
                case "Processing" when !seenProcessing:
                    (processing, seenProcessing) = (argument.Value.Value, true);
                    break;
            }
        }

        return (path as string, via as string, processing is int value && value == (int)ProcessingMode.Queued ? ProcessingMode.Queued : ProcessingMode.Inline);
    }

    // Records never reach here (the syntax predicate takes class declarations only).
    private static bool CanHostGeneratedCode(INamedTypeSymbol type, TypeDeclarationSyntax? declaration, CancellationToken cancellationToken) =>
        HandlerClassRules.Check(type, out _, cancellationToken, declaration) == HandlerClassProblem.None;

    private static List<ContainingTypeModel> ContainingTypes(INamedTypeSymbol type)
    {
        var result = new List<ContainingTypeModel>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            result.Insert(0, new ContainingTypeModel(Keyword(current), CSharpIdentifier.Escape(current.Name)));
        }

        return result;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
