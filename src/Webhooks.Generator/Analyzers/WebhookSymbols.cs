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
        var json = JsonSymbols.For(compilation);
        ContractsContext = json.ContractsContext;
        JsonTypeInfo = json.JsonTypeInfo;
        DefinitionAttribute = compilation.GetTypeByMetadataName(WellKnownNames.WebhookProviderDefinitionAttribute);
    }

    public INamedTypeSymbol ProviderAttribute { get; }

    public INamedTypeSymbol? OnEventAttribute { get; }

    public INamedTypeSymbol? OnAnyEventAttribute { get; }

    public INamedTypeSymbol? IgnoreEventsAttribute { get; }

    public INamedTypeSymbol? ContractAttribute { get; }

    public INamedTypeSymbol? ContractsContext { get; }

    public INamedTypeSymbol? JsonTypeInfo { get; }

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

    /// <summary>The event types a built-in contract describes (<c>[WebhookContract(Events = …)]</c>), or <c>null</c> for any event.</summary>
    public string[]? ContractEvents(ITypeSymbol type) =>
        Attribute(type, ContractAttribute)?.NamedArguments.FirstOrDefault(a => a.Key == "Events").Value is { Kind: TypedConstantKind.Array, IsNull: false } events
            ? events.Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToArray()
            : null;

    /// <summary>
    /// Whether <paramref name="type"/> is a type of the built-in contracts that no delivery body has by itself,
    /// such as <c>StripePaymentIntent</c>, which arrives inside <c>StripeEvent&lt;StripePaymentIntent&gt;</c>.
    /// </summary>
    public bool IsNestedContractType(ITypeSymbol type) =>
        ContractAttribute is not null
        && type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
        && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, ContractAttribute.ContainingAssembly)
        && Attribute(named, ContractAttribute) is null
        // The contracts' JSON context has metadata for every type a contract reaches, nested objects included.
        && ContractsContext is not null
        && JsonTypeInfoProperties.Find(ContractsContext, named, JsonTypeInfo, defaultNamesOnly: true) is not null;

    /// <summary>The provider a built-in payload contract belongs to, from its <c>[WebhookContract]</c>.</summary>
    public string? ContractProvider(ITypeSymbol type) =>
        Attribute(type, ContractAttribute) is { } contract ? StringArgument(contract) : null;
}
