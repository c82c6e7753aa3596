using System.Linq;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Finds the compile-time JSON metadata of a payload type: for now, the properties of the built-in
/// contracts' source-generated context.
/// </summary>
internal sealed class PayloadTypeResolver(Compilation compilation)
{
    private INamedTypeSymbol? _context;
    private INamedTypeSymbol? _jsonTypeInfo;
    private bool _loaded;

    /// <summary>The C# expression of <paramref name="type"/>'s <c>JsonTypeInfo&lt;T&gt;</c>, or <c>null</c> if there is none.</summary>
    public string? TypeInfoExpression(ITypeSymbol type)
    {
        Load();
        if (_context is null || _jsonTypeInfo is null)
        {
            return null;
        }

        var property = _context.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p =>
            p.Type is INamedTypeSymbol { IsGenericType: true } propertyType
            && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, _jsonTypeInfo)
            && SymbolEqualityComparer.Default.Equals(propertyType.TypeArguments[0], type));

        return property is null
            ? null
            : _context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".Default." + property.Name;
    }

    private void Load()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        _context = compilation.GetTypeByMetadataName(WellKnownNames.ContractsJsonContext);
        _jsonTypeInfo = compilation.GetTypeByMetadataName(WellKnownNames.JsonTypeInfoOfT);
    }
}
