using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Decides what a handler parameter receives and where the compile-time JSON metadata of a payload comes
/// from, in this order: a <c>JsonSerializerContext</c> named with <c>[WebhookJsonContext]</c> (the class's,
/// then the assembly's); the built-in contracts' context; metadata the generator writes itself
/// (<see cref="JsonTypeGraph"/>), read with the naming policy of the class's provider. One instance serves one
/// transform or analyzer action (it caches and is not thread-safe).
/// </summary>
internal sealed class PayloadTypeResolver(Compilation compilation)
{
    // Created on first use: most classes' handlers take built-in contracts only, and a transform runs for every class on every edit.
    private Dictionary<ITypeSymbol, (EquatableArray<JsonTypeModel> Types, string? Problem)>? _graphs;
    private Dictionary<string, JsonTypeModel>? _used;
    private HashSet<string>? _usedPolicies;

    // One transform reads one class, so the last class asked about is the one cache entry needed.
    private INamedTypeSymbol? _policyClass;
    private string? _policy;
    private INamedTypeSymbol? _contextsClass;
    private List<INamedTypeSymbol>? _contexts;

    private JsonSymbols? _symbols;
    private RecognizedTypes? _recognized;
    private ContractTypeInfos? _contractTypeInfos;

    // Looked up once per compilation (JsonSymbols, ContractTypeInfos), on first use.
    private JsonSymbols Symbols => _symbols ??= JsonSymbols.For(compilation);

    /// <summary>The types handler methods are checked against, by name (once per compilation, on first use).</summary>
    public RecognizedTypes Recognized => _recognized ??= RecognizedTypes.For(compilation);

    /// <summary>What a parameter of type <paramref name="type"/> of a handler in <paramref name="handlerClass"/> receives.</summary>
    public ParameterResolution Resolve(ITypeSymbol type, INamedTypeSymbol handlerClass)
    {
        if (ParameterKindOf(type) is { } kind)
        {
            return new ParameterResolution(kind, null, null, null);
        }

        // The built-in contracts' context also holds metadata for the primitives their members use (Int32, Boolean…); a
        // handler parameter of such a type is not a payload.
        if ((FromDeclaredContexts(type, handlerClass) ?? (type.SpecialType == SpecialType.None ? FromContractsContext(type) : null)) is { } typeInfo)
        {
            return new ParameterResolution(HandlerParameterKind.Payload, typeInfo, null, null);
        }

        if (!JsonTypeGraph.IsPayloadCandidate(type))
        {
            return default;
        }

        var (_, problem) = Graph(type);
        return problem is null
            ? new ParameterResolution(HandlerParameterKind.Payload, PayloadTypeInfoModel.Generated(JsonTypeNames.FullyQualifiedName(type), PolicyOf(handlerClass)), null, type)
            : new ParameterResolution(null, null, problem, null);
    }

    // The type's simple name picks the one full comparison that can match: this runs for every parameter on every edit.
    private HandlerParameterKind? ParameterKindOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => HandlerParameterKind.RawText,
        not SpecialType.None => null,
        _ => type.Name switch
        {
            "WebhookContext" when Recognized.WebhookContext.Matches(type) => HandlerParameterKind.Context,
            // WebhookContext is a struct; a handler written as if it were a nullable class still gets it.
            "Nullable" when type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && Recognized.WebhookContext.Matches(nullable.TypeArguments[0]) => HandlerParameterKind.Context,
            "CancellationToken" when Recognized.CancellationToken.Matches(type) => HandlerParameterKind.CancellationToken,
            "ReadOnlyMemory" when type is INamedTypeSymbol memory && Recognized.ReadOnlyMemory.Matches(memory.OriginalDefinition)
                && memory.TypeArguments[0].SpecialType == SpecialType.System_Byte => HandlerParameterKind.RawBody,
            _ => null,
        },
    };

    /// <summary>Records that a handler of <paramref name="handlerClass"/> that the dispatch calls takes <paramref name="payload"/>.</summary>
    public void Use(ITypeSymbol payload, INamedTypeSymbol handlerClass)
    {
        (_usedPolicies ??= new HashSet<string>()).Add(PolicyOf(handlerClass));
        _used ??= new Dictionary<string, JsonTypeModel>();
        foreach (var type in Graph(payload).Types)
        {
            _used[type.FullyQualifiedName] = type;
        }
    }

    /// <summary>The generated metadata the handlers passed to <see cref="Use"/> need.</summary>
    public JsonPayloadsModel Payloads => _usedPolicies is null || _used is null
        ? JsonPayloadsModel.Empty
        : new JsonPayloadsModel(
            _usedPolicies.OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray(),
            _used.Values.OrderBy(t => t.FullyQualifiedName, System.StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The naming policy of the class's provider.</summary>
    public string PolicyOf(INamedTypeSymbol handlerClass)
    {
        if (_policy is null || !SymbolEqualityComparer.Default.Equals(_policyClass, handlerClass))
        {
            var provider = handlerClass.GetAttributes()
                .FirstOrDefault(a => SymbolNames.IsAttribute(a, WellKnownNames.WebhookProviderAttribute))?
                .ConstructorArguments.FirstOrDefault().Value as string;
            _policyClass = handlerClass;
            _policy = NamedProvider.Describe(provider).JsonNaming.ToString();
        }

        return _policy;
    }

    private (EquatableArray<JsonTypeModel> Types, string? Problem) Graph(ITypeSymbol type)
    {
        _graphs ??= new Dictionary<ITypeSymbol, (EquatableArray<JsonTypeModel> Types, string? Problem)>(SymbolEqualityComparer.Default);
        if (!_graphs.TryGetValue(type, out var graph))
        {
            var builder = new JsonTypeGraph(compilation);
            graph = builder.TryAdd(type, out var problem) ? (builder.Types, null) : (default, problem);
            _graphs[type] = graph;
        }

        return graph;
    }

    // Looked up once per compilation: every class asks about the same few contract types.
    private PayloadTypeInfoModel? FromContractsContext(ITypeSymbol type) => (_contractTypeInfos ??= ContractTypeInfos.For(compilation)).Of(type);

    private PayloadTypeInfoModel? FromDeclaredContexts(ITypeSymbol type, INamedTypeSymbol handlerClass)
    {
        foreach (var context in DeclaredContexts(handlerClass))
        {
            if ((TypeInfoProperty(context, type) ?? SerializableProperty(context, type)) is { } property)
            {
                return PayloadTypeInfoModel.FromContext(JsonTypeNames.FullyQualifiedName(context), property);
            }
        }

        return null;
    }

    private List<INamedTypeSymbol> DeclaredContexts(INamedTypeSymbol handlerClass)
    {
        if (_contexts is null || !SymbolEqualityComparer.Default.Equals(_contextsClass, handlerClass))
        {
            _contextsClass = handlerClass;
            _contexts = DeclaredJsonContexts.For(handlerClass, compilation, Symbols);
        }

        return _contexts;
    }

    private string? TypeInfoProperty(INamedTypeSymbol context, ITypeSymbol type) =>
        JsonTypeInfoProperties.Find(context, type, Symbols.JsonTypeInfo);

    /// <summary>
    /// The property System.Text.Json's generator will write for a <c>[JsonSerializable(typeof(T))]</c> of a context in
    /// this compilation (generators don't see each other's output, so the property itself isn't visible yet).
    /// </summary>
    private static string? SerializableProperty(INamedTypeSymbol context, ITypeSymbol type)
    {
        foreach (var attribute in context.GetAttributes())
        {
            if (SymbolNames.IsAttribute(attribute, WellKnownNames.JsonSerializableAttribute)
                && attribute.ConstructorArguments.FirstOrDefault().Value is ITypeSymbol serializable
                && SymbolEqualityComparer.Default.Equals(serializable, type))
            {
                return attribute.NamedArguments.FirstOrDefault(a => a.Key == "TypeInfoPropertyName").Value.Value as string
                    ?? JsonTypeInfoProperties.DefaultName(type);
            }
        }

        return null;
    }
}
