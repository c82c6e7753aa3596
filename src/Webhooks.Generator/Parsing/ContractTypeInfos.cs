using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Where the built-in contracts' JSON context has a contract type's metadata, looked up once per compilation and type:
/// every handler class asks about the same few contract types on every edit, and each answer costs a member lookup and
/// the context's display name (which, for a type from metadata, lists its members to learn whether it is a record).
/// Keyed by compilation, so an answer never outlives the symbols it was read from.
/// </summary>
internal sealed class ContractTypeInfos
{
    private static readonly ConditionalWeakTable<Compilation, ContractTypeInfos> PerCompilation = new();

    private readonly JsonSymbols _symbols;
    private readonly string? _contextName;

    // Analyzer actions of one compilation run concurrently, and share this with the generator's transforms.
    private readonly ConcurrentDictionary<ITypeSymbol, PayloadTypeInfoModel?> _byType = new(SymbolEqualityComparer.Default);

    private ContractTypeInfos(Compilation compilation)
    {
        _symbols = JsonSymbols.For(compilation);
        _contextName = _symbols.ContractsContext is { } context ? JsonTypeNames.FullyQualifiedName(context) : null;
    }

    public static ContractTypeInfos For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new ContractTypeInfos(c));

    /// <summary>The contracts' context property for <paramref name="type"/>, or <c>null</c> when it has none (or there is no such context).</summary>
    public PayloadTypeInfoModel? Of(ITypeSymbol type)
    {
        if (_symbols.ContractsContext is null)
        {
            return null;
        }

        if (!_byType.TryGetValue(type, out var typeInfo))
        {
            typeInfo = Find(type);
            _byType.TryAdd(type, typeInfo);
        }

        return typeInfo;
    }

    // The built-in context renames no property, so only the default name is looked up.
    private PayloadTypeInfoModel? Find(ITypeSymbol type) =>
        JsonTypeInfoProperties.Find(_symbols.ContractsContext!, type, _symbols.JsonTypeInfo, defaultNamesOnly: true) is { } property
            ? PayloadTypeInfoModel.FromContext(_contextName!, property)
            : null;
}
