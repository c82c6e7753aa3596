using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// The System.Text.Json and contract types that payload resolution compares against, looked up once per compilation and
/// shared by every class's transform and every analyzer action: <c>GetTypeByMetadataName</c> searches every reference
/// (about 50 µs a call with the framework's 200 references), and the transform runs for every handler class on every edit.
/// </summary>
internal sealed class JsonSymbols
{
    private static readonly ConditionalWeakTable<Compilation, JsonSymbols> PerCompilation = new();

    private JsonSymbols(Compilation compilation)
    {
        ContractsContext = compilation.GetTypeByMetadataName(WellKnownNames.ContractsJsonContext);
        JsonTypeInfo = compilation.GetTypeByMetadataName(WellKnownNames.JsonTypeInfoOfT);
        SerializerContext = compilation.GetTypeByMetadataName(WellKnownNames.JsonSerializerContext);
    }

    /// <summary>The built-in contracts' <c>JsonSerializerContext</c>.</summary>
    public INamedTypeSymbol? ContractsContext { get; }

    /// <summary><c>JsonTypeInfo&lt;T&gt;</c>, unbound.</summary>
    public INamedTypeSymbol? JsonTypeInfo { get; }

    /// <summary><c>JsonSerializerContext</c>.</summary>
    public INamedTypeSymbol? SerializerContext { get; }

    public static JsonSymbols For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new JsonSymbols(c));
}
