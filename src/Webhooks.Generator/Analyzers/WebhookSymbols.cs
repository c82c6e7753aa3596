using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator.Analyzers;

/// <summary>The Webhooks attribute types of one compilation, resolved once at its start.</summary>
internal sealed class WebhookSymbols
{
    private WebhookSymbols(Compilation compilation, INamedTypeSymbol providerAttribute)
    {
        ProviderAttribute = providerAttribute;
        OnEventAttribute = compilation.GetTypeByMetadataName(WellKnownNames.OnEventAttribute);
        OnAnyEventAttribute = compilation.GetTypeByMetadataName(WellKnownNames.OnAnyEventAttribute);
        IgnoreEventsAttribute = compilation.GetTypeByMetadataName(WellKnownNames.IgnoreEventsAttribute);
        ContractAttribute = compilation.GetTypeByMetadataName(WellKnownNames.WebhookContractAttribute);
        DefinitionAttribute = compilation.GetTypeByMetadataName(WellKnownNames.WebhookProviderDefinitionAttribute);
    }

    public INamedTypeSymbol ProviderAttribute { get; }

    public INamedTypeSymbol? OnEventAttribute { get; }

    public INamedTypeSymbol? OnAnyEventAttribute { get; }

    public INamedTypeSymbol? IgnoreEventsAttribute { get; }

    public INamedTypeSymbol? ContractAttribute { get; }

    public INamedTypeSymbol? DefinitionAttribute { get; }

    /// <summary><c>null</c> when the compilation doesn't reference Webhooks.Abstractions: nothing to analyze.</summary>
    public static WebhookSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName(WellKnownNames.WebhookProviderAttribute) is { } provider
            ? new WebhookSymbols(compilation, provider)
            : null;

    public static IEnumerable<AttributeData> Attributes(ISymbol symbol, INamedTypeSymbol? attributeType) =>
        attributeType is null
            ? Enumerable.Empty<AttributeData>()
            : symbol.GetAttributes().Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));

    public static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol? attributeType) =>
        Attributes(symbol, attributeType).FirstOrDefault();

    public static string? StringArgument(AttributeData attribute, int index = 0) =>
        attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as string : null;

    public static string? NamedString(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    /// <summary>The provider a built-in payload contract belongs to, from its <c>[WebhookContract]</c>.</summary>
    public string? ContractProvider(ITypeSymbol type) =>
        Attribute(type, ContractAttribute) is { } contract ? StringArgument(contract) : null;
}
