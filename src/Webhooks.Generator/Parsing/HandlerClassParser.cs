using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
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
        if (context.TargetSymbol is not INamedTypeSymbol type || !CanHostGeneratedCode(type, cancellationToken))
        {
            return null;
        }

        var attribute = context.Attributes[0];
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string provider)
        {
            return null;
        }

        var path = NamedString(attribute, "Path");
        var via = NamedString(attribute, "Via");
        var payloadTypes = new PayloadTypeResolver(context.SemanticModel.Compilation);
        var handlers = new List<EventHandlerModel>();
        EventHandlerModel? catchAll = null;
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var eventType in EventTypesOf(method))
            {
                if (HandlerMethodParser.Parse(method, eventType, payloadTypes) is { } handler)
                {
                    handlers.Add(handler);
                }
            }

            // A second [OnAnyEvent] method is an analyzer error; the first usable one wins here.
            if (catchAll is null && IsCatchAll(method))
            {
                catchAll = HandlerMethodParser.Parse(method, "", payloadTypes);
            }
        }

        var containing = ContainingTypes(type);
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var model = new HandlerClassModel(
            ns,
            containing.ToEquatableArray(),
            HandlerMethodParser.EscapedName(type.Name),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintName(type),
            provider,
            path,
            via,
            handlers.ToEquatableArray())
        {
            CatchAll = catchAll,
        };
        return new ParsedHandlerClass(model, payloadTypes.Payloads);
    }

    private static string? NamedString(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    public static IEnumerable<string> EventTypesOf(IMethodSymbol method) =>
        method.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == WellKnownNames.OnEventAttribute)
            .Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null)
            .Where(e => !string.IsNullOrEmpty(e))!;

    public static bool IsCatchAll(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == WellKnownNames.OnAnyEventAttribute);

    // Records never reach here (the syntax predicate takes class declarations only).
    private static bool CanHostGeneratedCode(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        HandlerClassRules.Check(type, out _, cancellationToken) == HandlerClassProblem.None;

    private static List<ContainingTypeModel> ContainingTypes(INamedTypeSymbol type)
    {
        var result = new List<ContainingTypeModel>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            result.Insert(0, new ContainingTypeModel(Keyword(current), HandlerMethodParser.EscapedName(current.Name)));
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

    private static string HintName(INamedTypeSymbol type)
    {
        // '@' (of an escaped keyword) is not allowed in a hint name, and without it the name is still unique.
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "").Replace("@", "");
        return name + ".Webhooks.g.cs";
    }
}
