using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// How System.Text.Json creates an object: which constructor, which members its parameters bind to, and which
/// required or init-only members the creation expression sets in its object initializer.
/// </summary>
internal static class JsonObjectBinding
{
    /// <summary>The constructor System.Text.Json would use: <c>null</c> for a struct's default constructor.</summary>
    public static bool TryGetConstructor(INamedTypeSymbol type, out IMethodSymbol? constructor, out string? problem)
    {
        constructor = null;
        problem = null;
        var declared = type.Constructors
            .Where(c => !c.IsStatic && !(c.IsImplicitlyDeclared && type.IsValueType && c.Parameters.Length == 0))
            .ToList();
        var marked = declared.Where(c => c.GetAttributes().Any(a => JsonAttributes.Is(a, "JsonConstructorAttribute"))).ToList();
        if (marked.Count > 1)
        {
            problem = $"'{JsonTypeNames.Display(type)}' has more than one [JsonConstructor]";
            return false;
        }

        var publicConstructors = declared.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        var markedPublic = marked.FirstOrDefault(c => c.DeclaredAccessibility == Accessibility.Public);
        if (type.IsValueType && markedPublic is null)
        {
            return true; // structs are created with their default constructor unless one is marked
        }

        constructor = markedPublic
            ?? publicConstructors.FirstOrDefault(c => c.Parameters.Length == 0)
            ?? (publicConstructors.Count == 1 ? publicConstructors[0] : null);
        if (constructor is null)
        {
            problem = $"'{JsonTypeNames.Display(type)}' has no public parameterless constructor and no single public constructor; mark the one to use with [JsonConstructor]";
            return false;
        }

        if (constructor.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)))
        {
            problem = $"the constructor of '{JsonTypeNames.Display(type)}' has ref or out parameters";
            return false;
        }

        return true;
    }

    /// <summary>
    /// The constructor's parameters, each bound to a member of the same name and type, then the members the
    /// object initializer sets. Fails with a <paramref name="problem"/> when a parameter binds to no member, or
    /// without one when <paramref name="visit"/> (which says why itself) can't describe a parameter's type.
    /// </summary>
    public static bool TryBind(
        INamedTypeSymbol type,
        IMethodSymbol? constructor,
        List<JsonMember> members,
        Func<ITypeSymbol, bool> visit,
        out JsonObjectModel? model,
        out string? problem)
    {
        model = null;
        problem = null;
        var parameters = new List<JsonParameterModel>();
        foreach (var parameter in constructor?.Parameters ?? Enumerable.Empty<IParameterSymbol>())
        {
            if (!members.Any(m => m.BindsToConstructor
                && string.Equals(m.Symbol.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(m.Type, parameter.Type)))
            {
                problem = $"constructor parameter '{parameter.Name}' of '{JsonTypeNames.Display(type)}' matches no property of the same name and type, which System.Text.Json requires";
                return false;
            }

            if (!visit(parameter.Type))
            {
                return false;
            }

            parameters.Add(ConstructorParameter(parameter));
        }

        var setsRequiredMembers = constructor?.GetAttributes().Any(a =>
            SymbolNames.IsAttribute(a, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute")) == true;
        var arity = parameters.Count;
        var initializers = new List<JsonInitializerModel>();
        var parameterized = arity > 0;
        foreach (var member in members)
        {
            var access = member.Access;
            if (!access.CanSet || member.IsIgnored || !((access.IsRequired && !setsRequiredMembers) || access.IsInitOnly))
            {
                continue;
            }

            var match = parameters.Take(arity).FirstOrDefault(p => string.Equals(p.Name, member.Symbol.Name, StringComparison.OrdinalIgnoreCase));
            if (!access.IsRequired && match is not null)
            {
                continue; // the constructor sets it
            }

            parameterized = true;
            var position = match?.Position ?? parameters.Count;
            if (match is null)
            {
                parameters.Add(new JsonParameterModel
                {
                    Name = member.Symbol.Name,
                    Type = JsonTypeNames.FullyQualifiedName(member.Type),
                    DeclaredType = member.Model.Type,
                    Position = position,
                    IsNullable = Nullability.CanBeNull(member.Type) && !member.Model.IsSetNonNullable,
                    IsMemberInitializer = true,
                });
            }

            initializers.Add(new JsonInitializerModel(member.Model.NameInSource, member.Model.Type, position));
        }

        model = new JsonObjectModel
        {
            IsValueType = type.IsValueType,
            UsesParameterizedConstructor = parameterized,
            ConstructorArity = arity,
            Parameters = parameters.ToEquatableArray(),
            Initializers = initializers.ToEquatableArray(),
            Properties = members
                .Select(m => m.Model with { IsRequired = m.HasJsonRequired || (m.Access.IsRequired && !setsRequiredMembers) })
                .ToEquatableArray(),
        };
        return true;
    }

    private static JsonParameterModel ConstructorParameter(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        return new JsonParameterModel
        {
            Name = parameter.Name,
            Type = JsonTypeNames.FullyQualifiedName(type),
            DeclaredType = JsonTypeNames.AnnotatedName(type),
            Position = parameter.Ordinal,
            IsNullable = Nullability.IsNullable(parameter),
            HasDefaultValue = parameter.HasExplicitDefaultValue,
            DefaultValue = parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue : null,
            IsEnum = type.TypeKind == TypeKind.Enum
                || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].TypeKind == TypeKind.Enum),
        };
    }
}
