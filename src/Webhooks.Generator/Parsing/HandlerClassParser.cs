using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Model;
using Webhooks.Providers;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Reads a <c>[WebhookProvider]</c> class into a <see cref="HandlerClassModel"/>. Classes and methods that
/// can't work are left out here; the analyzers say why, so that this stays a pure, cacheable transform.
/// </summary>
internal static class HandlerClassParser
{
    public static HandlerClassModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
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

        var path = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Path").Value.Value as string;
        var payloadTypes = new PayloadTypeResolver(context.SemanticModel.Compilation);
        var handlers = new List<EventHandlerModel>();
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
        }

        var containing = ContainingTypes(type);
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        return new HandlerClassModel(
            ns,
            containing.ToEquatableArray(),
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintName(type),
            provider,
            BuiltInProviders.Find(provider) is not null,
            path,
            handlers.ToEquatableArray());
    }

    public static IEnumerable<string> EventTypesOf(IMethodSymbol method) =>
        method.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == WellKnownNames.OnEventAttribute)
            .Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null)
            .Where(e => !string.IsNullOrEmpty(e))!;

    // The generated members go into a partial declaration of the class and of every type around it.
    private static bool CanHostGeneratedCode(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.IsStatic || type.IsAbstract || type.IsGenericType)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType || !IsPartial(current, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(r =>
            r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static List<ContainingTypeModel> ContainingTypes(INamedTypeSymbol type)
    {
        var result = new List<ContainingTypeModel>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            result.Insert(0, new ContainingTypeModel(Keyword(current), current.Name));
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
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "");
        return name + ".Webhooks.g.cs";
    }
}
