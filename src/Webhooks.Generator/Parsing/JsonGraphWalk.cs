using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;
using static Webhooks.Generator.Parsing.JsonTypeNames;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// One attempt to describe a root's graph for <see cref="JsonTypeGraph"/>: visits every type it reaches (members,
/// constructor parameters, elements) and stops at the first one it can't describe, with the path that reached it.
/// Nothing reaches the graph unless all of it is supported.
/// </summary>
/// <param name="compilation">The compilation the generated code joins (for what it can reach).</param>
/// <param name="isKnown">Whether the graph already describes a type (by fully qualified name).</param>
internal sealed class JsonGraphWalk(Compilation compilation, Func<string, bool> isKnown)
{
    private readonly Stack<string> _path = new();

    /// <summary>Types described in this attempt; <c>null</c> while a type's members are still being visited.</summary>
    public Dictionary<string, JsonTypeModel?> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the last visit failed.</summary>
    public string? Problem { get; private set; }

    public bool Visit(ITypeSymbol type)
    {
        var name = FullyQualifiedName(type);
        if (isKnown(name) || Found.ContainsKey(name))
        {
            return true;
        }

        switch (type)
        {
            case IErrorTypeSymbol:
                return Fail($"'{Display(type)}' is not a known type");
            case ITypeParameterSymbol:
                return Fail($"'{Display(type)}' is a type parameter");
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return Fail($"'{Display(type)}' is a pointer");
            case { TypeKind: TypeKind.Dynamic }:
                return Fail("'dynamic' has no shape to read");
            case { IsRefLikeType: true }:
                return Fail($"'{Display(type)}' is a ref struct");
        }

        if (KnownJsonTypes.ValueConverter(type) is { } converter)
        {
            return Add(new JsonTypeModel { FullyQualifiedName = name, Name = JsonTypeInfoProperties.DefaultName(type), Kind = JsonTypeKind.Value, Converter = converter });
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var underlying = nullable.TypeArguments[0];
            Found[name] = null;
            return Visit(underlying)
                && Add(new JsonTypeModel { FullyQualifiedName = name, Name = JsonTypeInfoProperties.DefaultName(type), Kind = JsonTypeKind.Nullable, ElementType = FullyQualifiedName(underlying) });
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return type.GetAttributes().Any(JsonAttributes.IsConverter)
                ? Fail($"'{Display(type)}' has a [JsonConverter]")
                : Add(new JsonTypeModel { FullyQualifiedName = name, Name = JsonTypeInfoProperties.DefaultName(type), Kind = JsonTypeKind.Enum });
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return Fail($"'{Display(type)}' is a multi-dimensional array");
            }

            Found[name] = null;
            return Visit(array.ElementType)
                && Add(new JsonTypeModel
                {
                    FullyQualifiedName = name,
                    Name = JsonTypeInfoProperties.DefaultName(type),
                    Kind = JsonTypeKind.Array,
                    Factory = JsonCollectionFactory.Array,
                    ElementType = FullyQualifiedName(array.ElementType),
                });
        }

        if (type is not INamedTypeSymbol named)
        {
            return Fail($"'{Display(type)}' is not supported");
        }

        if (KnownJsonTypes.CollectionOf(named) is { } collection)
        {
            return VisitCollection(named, name, collection.Factory, collection.IsDictionary, collection.ConcreteDefinition);
        }

        if (KnownJsonTypes.IsFramework(named))
        {
            return Fail($"'{Display(type)}' is a framework type the generator has no metadata for");
        }

        return VisitObject(named, name);
    }

    private bool VisitCollection(INamedTypeSymbol type, string name, JsonCollectionFactory factory, bool isDictionary, string? concreteDefinition)
    {
        var arguments = type.TypeArguments.Select(FullyQualifiedName).ToList();
        var model = new JsonTypeModel
        {
            FullyQualifiedName = name,
            Name = JsonTypeInfoProperties.DefaultName(type),
            Kind = isDictionary ? JsonTypeKind.Dictionary : JsonTypeKind.Collection,
            Factory = factory,
            ConcreteType = concreteDefinition is null ? null : $"{concreteDefinition}<{string.Join(", ", arguments)}>",
            ElementType = arguments[isDictionary ? 1 : 0],
            KeyType = isDictionary ? arguments[0] : null,
        };
        if (!isDictionary)
        {
            Found[name] = null;
            return Visit(type.TypeArguments[0]) && Add(model);
        }

        if (type.TypeArguments[0].SpecialType != SpecialType.System_String)
        {
            return Fail($"'{Display(type)}' has '{Display(type.TypeArguments[0])}' keys, and only string keys are supported");
        }

        Found[name] = null;
        return Visit(type.TypeArguments[0]) && Visit(type.TypeArguments[1]) && Add(model);
    }

    private bool VisitObject(INamedTypeSymbol type, string name)
    {
        var display = Display(type);
        switch (type)
        {
            case { TypeKind: TypeKind.Interface }:
                return Fail($"'{display}' is an interface, so there is no type to create");
            case { TypeKind: not (TypeKind.Class or TypeKind.Struct) }:
                return Fail($"'{display}' is not a class, record or struct");
            case { IsAbstract: true }:
                return Fail($"'{display}' is abstract, so there is no type to create");
            case { IsUnboundGenericType: true }:
                return Fail($"'{display}' is an open generic type");
        }

        if (!JsonMemberAccess.IsAccessible(type, compilation))
        {
            return Fail($"'{display}' is not accessible to generated code; make it internal or public");
        }

        if (type.AllInterfaces.Any(i => SymbolNames.Is(i, "System.Collections.IEnumerable")))
        {
            return Fail($"'{display}' is a collection type of its own; use an array, List<T> or Dictionary<string, T>");
        }

        int? numberHandling = null, unmapped = null, creation = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (JsonAttributes.IsConverter(attribute))
            {
                return Fail($"'{display}' has a [JsonConverter]");
            }

            if (JsonAttributes.Is(attribute, "JsonPolymorphicAttribute") || JsonAttributes.Is(attribute, "JsonDerivedTypeAttribute"))
            {
                return Fail($"'{display}' is polymorphic ([JsonPolymorphic] or [JsonDerivedType])");
            }

            numberHandling ??= JsonAttributes.Is(attribute, "JsonNumberHandlingAttribute") ? JsonAttributes.EnumArgument(attribute) : null;
            unmapped ??= JsonAttributes.Is(attribute, "JsonUnmappedMemberHandlingAttribute") ? JsonAttributes.EnumArgument(attribute) : null;
            creation ??= JsonAttributes.Is(attribute, "JsonObjectCreationHandlingAttribute") ? JsonAttributes.EnumArgument(attribute) : null;
        }

        for (var baseType = type.BaseType; baseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) }; baseType = baseType.BaseType)
        {
            if (KnownJsonTypes.IsFramework(baseType))
            {
                return Fail($"'{display}' derives from '{Display(baseType)}', a framework type");
            }
        }

        if (!JsonObjectBinding.TryGetConstructor(type, out var constructor, out var problem))
        {
            return Fail(problem!);
        }

        // Mark the type before its members, so that a type that contains itself ends the walk.
        Found[name] = null;
        var members = new List<JsonMember>();
        if (!VisitMembers(type, members))
        {
            return false;
        }

        if (!JsonObjectBinding.TryBind(type, constructor, members, Visit, out var model, out problem))
        {
            return problem is null ? false : Fail(problem);
        }

        return Add(new JsonTypeModel
        {
            FullyQualifiedName = name,
            Name = JsonTypeInfoProperties.DefaultName(type),
            Kind = JsonTypeKind.Object,
            Object = model! with
            {
                NumberHandling = (JsonNumberHandling?)numberHandling,
                UnmappedMemberHandling = (JsonUnmappedMemberHandling?)unmapped,
                ObjectCreationHandling = (JsonObjectCreationHandling?)creation,
            },
        });
    }

    /// <summary>Properties, then fields, of the type and then of each base type; an ignored virtual property hides its overrides.</summary>
    private bool VisitMembers(INamedTypeSymbol type, List<JsonMember> members)
    {
        var ignored = new Dictionary<string, ISymbol>(StringComparer.Ordinal);
        var hasExtensionData = false;
        for (var current = type; current is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) }; current = current.BaseType)
        {
            var declared = current.GetMembers();
            foreach (var property in declared.OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.Parameters.Length > 0 || IsOverriddenAndIgnored(property, ignored))
                {
                    continue;
                }

                if (!VisitMember(current, property, property.Type, members, ignored, ref hasExtensionData))
                {
                    return false;
                }
            }

            foreach (var field in declared.OfType<IFieldSymbol>())
            {
                if (field.IsStatic || field.IsConst || field.AssociatedSymbol is not null || field.IsExplicitlyNamedTupleElement)
                {
                    continue;
                }

                if (!VisitMember(current, field, field.Type, members, ignored, ref hasExtensionData))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsOverriddenAndIgnored(IPropertySymbol property, Dictionary<string, ISymbol> ignored) =>
        IsVirtual(property)
        && ignored.TryGetValue(property.Name, out var member)
        && IsVirtual(member)
        && SymbolEqualityComparer.Default.Equals(property.Type, (member as IPropertySymbol)?.Type ?? (member as IFieldSymbol)?.Type);

    private static bool IsVirtual(ISymbol symbol) => symbol.IsVirtual || symbol.IsOverride || symbol.IsAbstract;

    private bool VisitMember(INamedTypeSymbol declaringType, ISymbol symbol, ITypeSymbol type, List<JsonMember> members, Dictionary<string, ISymbol> ignored, ref bool hasExtensionData)
    {
        var where = $"{declaringType.Name}.{symbol.Name}";
        var attributes = JsonMemberAttributes.Read(symbol);
        if (attributes.HasConverter)
        {
            return Fail($"'{where}' has a [JsonConverter]");
        }

        var access = JsonMemberAccess.Of(symbol, attributes.HasJsonInclude, compilation);
        if (access.HasUnreachableInclude)
        {
            return Fail($"'{where}' has [JsonInclude] but generated code can't reach it; make it internal or public");
        }

        if (attributes.IsExtensionData)
        {
            if (hasExtensionData)
            {
                return Fail($"'{declaringType.Name}' has more than one [JsonExtensionData] member");
            }

            if (!KnownJsonTypes.IsExtensionDataType(type))
            {
                return Fail($"[JsonExtensionData] member '{where}' must be a Dictionary<string, JsonElement>, Dictionary<string, object> or JsonObject");
            }

            hasExtensionData = true;
        }

        if ((!access.CanGet && !access.CanSet) || !JsonMemberAccess.IsAccessible(type, compilation))
        {
            return true; // System.Text.Json leaves such a member out
        }

        var isIgnored = attributes.IsIgnored;
        if (isIgnored)
        {
            ignored[symbol.Name] = symbol;
        }
        else
        {
            _path.Push(where);
            var visited = Visit(type);
            _path.Pop();
            if (!visited)
            {
                return false;
            }
        }

        var model = new JsonPropertyModel
        {
            Name = symbol.Name,
            NameInSource = CSharpIdentifier.Escape(symbol.Name),
            DeclaringType = FullyQualifiedName(declaringType),
            DeclaringTypeName = declaringType.Name,
            Type = isIgnored ? "object" : AnnotatedName(type),
            IsProperty = symbol is IPropertySymbol,
            IsPublic = access.IsPublic,
            IsVirtual = IsVirtual(symbol),
            CanGet = access.CanGet && !isIgnored,
            Setter = isIgnored ? JsonSetterKind.None
                : access.CanSet ? (access.IsInitOnly ? JsonSetterKind.InitOnly : JsonSetterKind.Assign)
                : attributes.HasJsonInclude ? JsonSetterKind.NotSettable : JsonSetterKind.None,
            IgnoreCondition = attributes.IgnoreCondition,
            HasJsonInclude = attributes.HasJsonInclude,
            IsExtensionData = attributes.IsExtensionData,
            NumberHandling = attributes.NumberHandling,
            JsonName = attributes.JsonName,
            ObjectCreationHandling = attributes.ObjectCreationHandling,
            Order = attributes.Order,
            IsGetNonNullable = access.IsGetNonNullable,
            IsSetNonNullable = access.IsSetNonNullable,
        };

        // A field binds to a constructor parameter only when it is included (IncludeFields is off).
        var bindsToConstructor = symbol is IPropertySymbol || attributes.HasJsonInclude;
        members.Add(new JsonMember(symbol, type, model, access, attributes.HasJsonRequired, isIgnored, bindsToConstructor));
        return true;
    }

    private bool Add(JsonTypeModel model)
    {
        Found[model.FullyQualifiedName] = model;
        return true;
    }

    private bool Fail(string problem)
    {
        Problem = _path.Count == 0 ? problem : $"{problem} (reached through {string.Join(", then ", _path.Reverse())})";
        return false;
    }
}
