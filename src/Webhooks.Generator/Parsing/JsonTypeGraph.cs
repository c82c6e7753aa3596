using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Decides whether the generator can write System.Text.Json metadata for a payload type, and if so describes
/// every type of its graph as <see cref="JsonTypeModel"/>s. The rules follow System.Text.Json's own source
/// generator (constructor choice, members, nullable annotations, required and init-only members), so that the
/// metadata behaves the same; shapes it would only reject at run time, or that need reflection or a custom
/// converter, are rejected here with a reason. The generator skips a handler whose payload is rejected and the
/// analyzer reports the reason, both through this one class, so that they always agree.
/// </summary>
internal sealed class JsonTypeGraph(Compilation compilation)
{
    private const string SerializationNamespace = "System.Text.Json.Serialization.";

    private readonly Compilation _compilation = compilation;
    private readonly SortedDictionary<string, JsonTypeModel> _types = new(StringComparer.Ordinal);

    /// <summary>Every type added so far, sorted by name.</summary>
    public EquatableArray<JsonTypeModel> Types => _types.Values.ToEquatableArray();

    /// <summary>
    /// Whether <paramref name="type"/> is a payload the generator writes metadata for (or explains why not):
    /// a class, record or struct of the user's, or an array, list or dictionary. Anything else (primitives,
    /// enums, framework types) is not a payload at all.
    /// </summary>
    public static bool IsPayloadCandidate(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { ElementType.SpecialType: not SpecialType.System_Byte } => true,
        INamedTypeSymbol named when CollectionOf(named) is not null => true,
        INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named => !IsFramework(named),
        _ => false,
    };

    /// <summary>Adds the graph of <paramref name="root"/>, or says why the generator can't describe it (and adds nothing).</summary>
    public bool TryAdd(ITypeSymbol root, out string? problem)
    {
        var builder = new Builder(this);
        if (!builder.Visit(root))
        {
            problem = builder.Problem;
            return false;
        }

        foreach (var pair in builder.Found)
        {
            _types[pair.Key] = pair.Value!;
        }

        problem = null;
        return true;
    }

    /// <summary>Namespace-qualified, without <c>global::</c> or nullable reference annotations: for comparing with known names.</summary>
    private static readonly SymbolDisplayFormat PlainFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly SymbolDisplayFormat AnnotatedFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string FullyQualifiedName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>The fully qualified name with nullable reference annotations, as a member declares its type.</summary>
    public static string AnnotatedName(ITypeSymbol type) => type.ToDisplayString(AnnotatedFormat);

    /// <summary>The namespace-qualified name, as <c>System.Uri</c> or <c>System.Collections.Generic.List&lt;T&gt;</c>, whatever its annotations.</summary>
    public static string PlainName(ISymbol symbol) => symbol.ToDisplayString(PlainFormat);

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static bool IsFramework(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name is "System" or "Microsoft";
    }

    private static string? ValueConverter(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return "BooleanConverter";
            case SpecialType.System_Byte: return "ByteConverter";
            case SpecialType.System_SByte: return "SByteConverter";
            case SpecialType.System_Char: return "CharConverter";
            case SpecialType.System_Int16: return "Int16Converter";
            case SpecialType.System_Int32: return "Int32Converter";
            case SpecialType.System_Int64: return "Int64Converter";
            case SpecialType.System_UInt16: return "UInt16Converter";
            case SpecialType.System_UInt32: return "UInt32Converter";
            case SpecialType.System_UInt64: return "UInt64Converter";
            case SpecialType.System_Single: return "SingleConverter";
            case SpecialType.System_Double: return "DoubleConverter";
            case SpecialType.System_Decimal: return "DecimalConverter";
            case SpecialType.System_String: return "StringConverter";
            case SpecialType.System_DateTime: return "DateTimeConverter";
            case SpecialType.System_Object: return "ObjectConverter";
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return "ByteArrayConverter"; // base64, as System.Text.Json reads byte[]
        }

        return PlainName(type) switch
        {
            "System.DateTimeOffset" => "DateTimeOffsetConverter",
            "System.DateOnly" => "DateOnlyConverter",
            "System.TimeOnly" => "TimeOnlyConverter",
            "System.TimeSpan" => "TimeSpanConverter",
            "System.Guid" => "GuidConverter",
            "System.Uri" => "UriConverter",
            "System.Version" => "VersionConverter",
            "System.Int128" => "Int128Converter",
            "System.UInt128" => "UInt128Converter",
            "System.Half" => "HalfConverter",
            "System.Memory<byte>" => "MemoryByteConverter",
            "System.ReadOnlyMemory<byte>" => "ReadOnlyMemoryByteConverter",
            "System.Text.Json.JsonElement" => "JsonElementConverter",
            "System.Text.Json.JsonDocument" => "JsonDocumentConverter",
            "System.Text.Json.Nodes.JsonNode" => "JsonNodeConverter",
            "System.Text.Json.Nodes.JsonObject" => "JsonObjectConverter",
            "System.Text.Json.Nodes.JsonArray" => "JsonArrayConverter",
            "System.Text.Json.Nodes.JsonValue" => "JsonValueConverter",
            _ => null,
        };
    }

    /// <summary>The collection shapes the generator supports: the factory method, whether it is a dictionary, and the type it creates.</summary>
    private static (string Factory, bool IsDictionary, string? ConcreteDefinition)? CollectionOf(INamedTypeSymbol type) =>
        PlainName(type.OriginalDefinition) switch
        {
            "System.Collections.Generic.List<T>" => ("CreateListInfo", false, "global::System.Collections.Generic.List"),
            "System.Collections.Generic.IList<T>" => ("CreateIListInfo", false, null),
            "System.Collections.Generic.ICollection<T>" => ("CreateICollectionInfo", false, null),
            "System.Collections.Generic.IEnumerable<T>" => ("CreateIEnumerableInfo", false, null),
            "System.Collections.Generic.IReadOnlyList<T>" => ("CreateIEnumerableInfo", false, null),
            "System.Collections.Generic.IReadOnlyCollection<T>" => ("CreateIEnumerableInfo", false, null),
            "System.Collections.Generic.HashSet<T>" => ("CreateISetInfo", false, "global::System.Collections.Generic.HashSet"),
            "System.Collections.Generic.ISet<T>" => ("CreateISetInfo", false, null),
            "System.Collections.Generic.Dictionary<TKey, TValue>" => ("CreateDictionaryInfo", true, "global::System.Collections.Generic.Dictionary"),
            "System.Collections.Generic.IDictionary<TKey, TValue>" => ("CreateIDictionaryInfo", true, "global::System.Collections.Generic.Dictionary"),
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => ("CreateIReadOnlyDictionaryInfo", true, "global::System.Collections.Generic.Dictionary"),
            _ => null,
        };

    private static bool IsSerializationAttribute(AttributeData attribute, string name) =>
        SymbolNames.IsAttribute(attribute, SerializationNamespace + name);

    private static bool DerivesFrom(INamedTypeSymbol? type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Is(current, fullName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConverterAttribute(AttributeData attribute) =>
        DerivesFrom(attribute.AttributeClass, SerializationNamespace + "JsonConverterAttribute");

    private static string EnumMember(TypedConstant value, string enumName) =>
        value.Value is int number && value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            ? Flags(enumType, number, enumName)
            : $"({enumName})0";

    // A flags value as `A | B`, or a cast when it is not a combination of declared members.
    private static string Flags(INamedTypeSymbol enumType, int value, string enumName)
    {
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        if (members.FirstOrDefault(m => Convert.ToInt64(m.ConstantValue, CultureInfo.InvariantCulture) == value) is { } exact)
        {
            return $"{enumName}.{exact.Name}";
        }

        var parts = members.Where(m => Convert.ToInt64(m.ConstantValue, CultureInfo.InvariantCulture) is var bit and not 0 && (value & bit) == bit).ToList();
        return parts.Count > 0 && parts.Aggregate(0L, (all, m) => all | Convert.ToInt64(m.ConstantValue, CultureInfo.InvariantCulture)) == value
            ? string.Join(" | ", parts.Select(m => $"{enumName}.{m.Name}"))
            : $"({enumName})({value.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>One attempt to describe a root's graph: nothing reaches the graph unless all of it is supported.</summary>
    private sealed class Builder(JsonTypeGraph graph)
    {
        private readonly Stack<string> _path = new();

        /// <summary>Types described in this attempt; <c>null</c> while a type's members are still being visited.</summary>
        public Dictionary<string, JsonTypeModel?> Found { get; } = new(StringComparer.Ordinal);

        public string? Problem { get; private set; }

        private Compilation Compilation => graph._compilation;

        public bool Visit(ITypeSymbol type)
        {
            var name = FullyQualifiedName(type);
            if (graph._types.ContainsKey(name) || Found.ContainsKey(name))
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

            if (ValueConverter(type) is { } converter)
            {
                return Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Value, converter, null, null, null, null, null));
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                var underlying = nullable.TypeArguments[0];
                Found[name] = null;
                return Visit(underlying)
                    && Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Nullable, null, null, null, FullyQualifiedName(underlying), null, null));
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return type.GetAttributes().Any(IsConverterAttribute)
                    ? Fail($"'{Display(type)}' has a [JsonConverter]")
                    : Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Enum, null, null, null, null, null, null));
            }

            if (type is IArrayTypeSymbol array)
            {
                if (array.Rank != 1)
                {
                    return Fail($"'{Display(type)}' is a multi-dimensional array");
                }

                Found[name] = null;
                return Visit(array.ElementType)
                    && Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Array, null, "CreateArrayInfo", null, FullyQualifiedName(array.ElementType), null, null));
            }

            if (type is not INamedTypeSymbol named)
            {
                return Fail($"'{Display(type)}' is not supported");
            }

            if (CollectionOf(named) is { } collection)
            {
                return VisitCollection(named, name, collection.Factory, collection.IsDictionary, collection.ConcreteDefinition);
            }

            if (IsFramework(named))
            {
                return Fail($"'{Display(type)}' is a framework type the generator has no metadata for");
            }

            return VisitObject(named, name);
        }

        private bool VisitCollection(INamedTypeSymbol type, string name, string factory, bool isDictionary, string? concrete)
        {
            var arguments = type.TypeArguments.Select(FullyQualifiedName).ToList();
            var creator = concrete is null ? null : $"new {concrete}<{string.Join(", ", arguments)}>()";
            if (!isDictionary)
            {
                Found[name] = null;
                return Visit(type.TypeArguments[0])
                    && Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Collection, null, factory, creator, arguments[0], null, null));
            }

            if (type.TypeArguments[0].SpecialType != SpecialType.System_String)
            {
                return Fail($"'{Display(type)}' has '{Display(type.TypeArguments[0])}' keys, and only string keys are supported");
            }

            Found[name] = null;
            return Visit(type.TypeArguments[0]) && Visit(type.TypeArguments[1])
                && Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Dictionary, null, factory, creator, arguments[1], arguments[0], null));
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

            if (!IsAccessible(type))
            {
                return Fail($"'{display}' is not accessible to generated code; make it internal or public");
            }

            if (type.AllInterfaces.Any(i => SymbolNames.Is(i, "System.Collections.IEnumerable")))
            {
                return Fail($"'{display}' is a collection type of its own; use an array, List<T> or Dictionary<string, T>");
            }

            string? numberHandling = null, unmapped = null, creation = null;
            foreach (var attribute in type.GetAttributes())
            {
                if (IsConverterAttribute(attribute))
                {
                    return Fail($"'{display}' has a [JsonConverter]");
                }

                if (IsSerializationAttribute(attribute, "JsonPolymorphicAttribute") || IsSerializationAttribute(attribute, "JsonDerivedTypeAttribute"))
                {
                    return Fail($"'{display}' is polymorphic ([JsonPolymorphic] or [JsonDerivedType])");
                }

                numberHandling ??= IsSerializationAttribute(attribute, "JsonNumberHandlingAttribute") ? FirstArgument(attribute) : null;
                unmapped ??= IsSerializationAttribute(attribute, "JsonUnmappedMemberHandlingAttribute") ? FirstArgument(attribute) : null;
                creation ??= IsSerializationAttribute(attribute, "JsonObjectCreationHandlingAttribute") ? FirstArgument(attribute) : null;
            }

            for (var baseType = type.BaseType; baseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) }; baseType = baseType.BaseType)
            {
                if (IsFramework(baseType))
                {
                    return Fail($"'{display}' derives from '{Display(baseType)}', a framework type");
                }
            }

            if (!TryGetConstructor(type, out var constructor, out var problem))
            {
                return Fail(problem!);
            }

            // Mark the type before its members, so that a type that contains itself ends the walk.
            Found[name] = null;
            var members = new List<Member>();
            if (!VisitMembers(type, members))
            {
                return false;
            }

            var setsRequiredMembers = constructor?.GetAttributes().Any(a =>
                SymbolNames.IsAttribute(a, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute")) == true;

            var parameters = new List<JsonParameterModel>();
            foreach (var parameter in constructor?.Parameters ?? Enumerable.Empty<IParameterSymbol>())
            {
                if (!members.Any(m => m.BindsToConstructor
                    && string.Equals(m.Symbol.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                    && SymbolEqualityComparer.Default.Equals(m.Type, parameter.Type)))
                {
                    return Fail($"constructor parameter '{parameter.Name}' of '{display}' matches no property of the same name and type, which System.Text.Json requires");
                }

                if (!Visit(parameter.Type))
                {
                    return false;
                }

                parameters.Add(new JsonParameterModel(
                    parameter.Name,
                    FullyQualifiedName(parameter.Type),
                    AnnotatedName(parameter.Type),
                    parameter.Ordinal,
                    parameter.HasExplicitDefaultValue,
                    parameter.HasExplicitDefaultValue ? DefaultValue(parameter) : null,
                    Nullability.IsNullable(parameter),
                    IsMemberInitializer: false));
            }

            var arity = parameters.Count;
            var initializers = new List<JsonInitializerModel>();
            var parameterized = arity > 0;
            foreach (var member in members)
            {
                if (!member.CanSet || member.IsIgnored || !((member.IsRequired && !setsRequiredMembers) || member.IsInitOnly))
                {
                    continue;
                }

                var match = parameters.Take(arity).FirstOrDefault(p => string.Equals(p.Name, member.Symbol.Name, StringComparison.OrdinalIgnoreCase));
                if (!member.IsRequired && match is not null)
                {
                    continue; // the constructor sets it
                }

                parameterized = true;
                var position = match?.Position ?? parameters.Count;
                if (match is null)
                {
                    parameters.Add(new JsonParameterModel(
                        member.Symbol.Name,
                        FullyQualifiedName(member.Type),
                        member.Model.Type,
                        position,
                        HasDefaultValue: false,
                        DefaultValue: null,
                        IsNullable: Nullability.CanBeNull(member.Type) && !member.Model.IsSetNonNullable,
                        IsMemberInitializer: true));
                }

                initializers.Add(new JsonInitializerModel(member.Model.NameInSource, member.Model.Type, position));
            }

            var properties = members.Select(m => m.Model with { IsRequired = m.HasJsonRequired || (m.IsRequired && !setsRequiredMembers) });
            var model = new JsonObjectModel(
                type.IsValueType,
                parameterized,
                arity,
                parameters.ToEquatableArray(),
                initializers.ToEquatableArray(),
                properties.ToEquatableArray(),
                numberHandling,
                unmapped,
                creation);
            return Add(name, new JsonTypeModel(name, JsonTypeInfoProperties.DefaultName(type), JsonTypeKind.Object, null, null, null, null, null, model));
        }

        /// <summary>The constructor System.Text.Json would use: <c>null</c> for a struct's default constructor.</summary>
        private static bool TryGetConstructor(INamedTypeSymbol type, out IMethodSymbol? constructor, out string? problem)
        {
            constructor = null;
            problem = null;
            var declared = type.Constructors
                .Where(c => !c.IsStatic && !(c.IsImplicitlyDeclared && type.IsValueType && c.Parameters.Length == 0))
                .ToList();
            var marked = declared.Where(c => c.GetAttributes().Any(a => IsSerializationAttribute(a, "JsonConstructorAttribute"))).ToList();
            if (marked.Count > 1)
            {
                problem = $"'{Display(type)}' has more than one [JsonConstructor]";
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
                problem = $"'{Display(type)}' has no public parameterless constructor and no single public constructor; mark the one to use with [JsonConstructor]";
                return false;
            }

            if (constructor.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)))
            {
                problem = $"the constructor of '{Display(type)}' has ref or out parameters";
                return false;
            }

            return true;
        }

        private bool VisitMembers(INamedTypeSymbol type, List<Member> members)
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

        private bool VisitMember(INamedTypeSymbol declaringType, ISymbol symbol, ITypeSymbol type, List<Member> members, Dictionary<string, ISymbol> ignored, ref bool hasExtensionData)
        {
            var where = $"{declaringType.Name}.{symbol.Name}";
            string? ignoreCondition = null, jsonName = null, numberHandling = null, creation = null;
            bool include = false, extensionData = false, jsonRequired = false;
            var order = 0;
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsConverterAttribute(attribute))
                {
                    return Fail($"'{where}' has a [JsonConverter]");
                }

                if (attribute.AttributeClass?.ContainingAssembly?.Name != "System.Text.Json")
                {
                    continue;
                }

                switch (attribute.AttributeClass.Name)
                {
                    case "JsonIgnoreAttribute":
                        ignoreCondition = attribute.NamedArguments.Length == 0
                            ? "Always"
                            : attribute.NamedArguments[0].Value.Value is int condition && attribute.NamedArguments.Length == 1
                                ? ((IgnoreCondition)condition).ToString()
                                : ignoreCondition;
                        break;
                    case "JsonIncludeAttribute":
                        include = true;
                        break;
                    case "JsonNumberHandlingAttribute":
                        numberHandling = FirstArgument(attribute);
                        break;
                    case "JsonObjectCreationHandlingAttribute":
                        creation = FirstArgument(attribute);
                        break;
                    case "JsonPropertyNameAttribute":
                        jsonName = attribute.ConstructorArguments.FirstOrDefault().Value as string;
                        break;
                    case "JsonPropertyOrderAttribute":
                        order = attribute.ConstructorArguments.FirstOrDefault().Value is int value ? value : 0;
                        break;
                    case "JsonExtensionDataAttribute":
                        extensionData = true;
                        break;
                    case "JsonRequiredAttribute":
                        jsonRequired = true;
                        break;
                }
            }

            bool isPublic = false, canGet = false, canSet = false, initOnly = false, required = false, inaccessibleInclude = false;
            bool getNonNullable, setNonNullable;
            if (symbol is IPropertySymbol property)
            {
                required = property.IsRequired;
                if (property.GetMethod is { } getter)
                {
                    Access(getter, ref isPublic, ref canGet);
                }

                if (property.SetMethod is { } setter)
                {
                    initOnly = setter.IsInitOnly;
                    Access(setter, ref isPublic, ref canSet);
                }

                Nullability.Of(property, out getNonNullable, out setNonNullable);
            }
            else
            {
                var field = (IFieldSymbol)symbol;
                required = field.IsRequired;
                var readOnly = field.IsReadOnly;
                if (field.DeclaredAccessibility == Accessibility.Public)
                {
                    isPublic = canGet = true;
                    canSet = !readOnly;
                }
                else if (IsAccessible(field))
                {
                    isPublic = true;
                    canGet = include;
                    canSet = include && !readOnly;
                }
                else
                {
                    inaccessibleInclude = include;
                }

                Nullability.Of(field, out getNonNullable, out setNonNullable);
            }

            void Access(IMethodSymbol accessor, ref bool accessible, ref bool usable)
            {
                if (accessor.DeclaredAccessibility == Accessibility.Public)
                {
                    accessible = usable = true;
                }
                else if (IsAccessible(accessor))
                {
                    accessible = true;
                    usable = include;
                }
                else
                {
                    inaccessibleInclude |= include;
                }
            }

            if (inaccessibleInclude)
            {
                return Fail($"'{where}' has [JsonInclude] but generated code can't reach it; make it internal or public");
            }

            if (extensionData)
            {
                if (hasExtensionData)
                {
                    return Fail($"'{declaringType.Name}' has more than one [JsonExtensionData] member");
                }

                if (!IsExtensionDataType(type))
                {
                    return Fail($"[JsonExtensionData] member '{where}' must be a Dictionary<string, JsonElement>, Dictionary<string, object> or JsonObject");
                }

                hasExtensionData = true;
            }

            if ((!canGet && !canSet) || !IsAccessible(type))
            {
                return true; // System.Text.Json leaves such a member out
            }

            var isIgnored = ignoreCondition == "Always";
            if (!isIgnored)
            {
                _path.Push(where);
                var visited = Visit(type);
                _path.Pop();
                if (!visited)
                {
                    return false;
                }
            }
            else
            {
                ignored[symbol.Name] = symbol;
            }

            var model = new JsonPropertyModel(
                symbol.Name,
                SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(symbol.Name) != SyntaxKind.None ? "@" + symbol.Name : symbol.Name,
                FullyQualifiedName(declaringType),
                declaringType.Name,
                isIgnored ? "object" : AnnotatedName(type),
                symbol is IPropertySymbol,
                isPublic,
                IsVirtual(symbol),
                canGet && !isIgnored,
                isIgnored ? JsonSetterKind.None
                    : canSet ? (initOnly ? JsonSetterKind.InitOnly : JsonSetterKind.Assign)
                    : include ? JsonSetterKind.NotSettable : JsonSetterKind.None,
                ignoreCondition,
                include,
                extensionData,
                numberHandling,
                jsonName,
                IsRequired: false,
                creation,
                order,
                getNonNullable,
                setNonNullable);

            // A field binds to a constructor parameter only when it is included (IncludeFields is off).
            var bindsToConstructor = symbol is IPropertySymbol || include;
            members.Add(new Member(symbol, type, model, canSet, initOnly, required, jsonRequired, isIgnored, bindsToConstructor));
            return true;
        }

        private bool IsExtensionDataType(ITypeSymbol type)
        {
            if (SymbolNames.Is(type, "System.Text.Json.Nodes.JsonObject"))
            {
                return true;
            }

            const string IDictionary = "System.Collections.Generic.IDictionary<TKey, TValue>";
            var dictionary = PlainName(type.OriginalDefinition) == IDictionary
                ? type as INamedTypeSymbol
                : type.AllInterfaces.FirstOrDefault(i => PlainName(i.OriginalDefinition) == IDictionary);
            return dictionary is { TypeArguments.Length: 2 }
                && dictionary.TypeArguments[0].SpecialType == SpecialType.System_String
                && (dictionary.TypeArguments[1].SpecialType == SpecialType.System_Object
                    || SymbolNames.Is(dictionary.TypeArguments[1], WellKnownNames.JsonElement));
        }

        private bool IsAccessible(ISymbol symbol) => Compilation.IsSymbolAccessibleWithin(symbol, Compilation.Assembly);

        private string DefaultValue(IParameterSymbol parameter)
        {
            var type = FullyQualifiedName(parameter.Type);
            return parameter.ExplicitDefaultValue switch
            {
                null => $"default({type})",
                _ when parameter.Type.TypeKind == TypeKind.Enum || (parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].TypeKind == TypeKind.Enum) =>
                    $"({type})({Convert.ToString(parameter.ExplicitDefaultValue, CultureInfo.InvariantCulture)})",
                string text => SymbolDisplay.FormatLiteral(text, quote: true),
                char c => SymbolDisplay.FormatLiteral(c, quote: true),
                bool b => b ? "true" : "false",
                double d => double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : d.ToString("R", CultureInfo.InvariantCulture) + "D",
                float f => float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "F",
                decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
                var value => $"({type})({Convert.ToString(value, CultureInfo.InvariantCulture)})",
            };
        }

        private bool Add(string name, JsonTypeModel model)
        {
            Found[name] = model;
            return true;
        }

        private bool Fail(string problem)
        {
            Problem = _path.Count == 0 ? problem : $"{problem} (reached through {string.Join(", then ", _path.Reverse())})";
            return false;
        }

        private static string? FirstArgument(AttributeData attribute)
        {
            if (attribute.ConstructorArguments.FirstOrDefault() is not { Type: INamedTypeSymbol enumType } argument)
            {
                return null;
            }

            return EnumMember(argument, FullyQualifiedName(enumType));
        }
    }

    /// <summary>The members of <c>JsonIgnoreCondition</c>, by value.</summary>
    private enum IgnoreCondition
    {
        Never = 0,
        Always = 1,
        WhenWritingDefault = 2,
        WhenWritingNull = 3,
        WhenWriting = 4,
        WhenReading = 5,
    }

    /// <summary>A member as the object model needs it, with the facts that decide construction.</summary>
    private sealed record Member(
        ISymbol Symbol,
        ITypeSymbol Type,
        JsonPropertyModel Model,
        bool CanSet,
        bool IsInitOnly,
        bool IsRequired,
        bool HasJsonRequired,
        bool IsIgnored,
        bool BindsToConstructor);
}
