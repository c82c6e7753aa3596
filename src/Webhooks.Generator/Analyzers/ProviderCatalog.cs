using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;
using Webhooks.Providers;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// The providers a compilation can name: the built-in catalogue (the runtime's own data, linked by source)
/// and those declared with <c>[assembly: WebhookProviderDefinition]</c>, read as the generator reads them.
/// </summary>
internal sealed class ProviderCatalog
{
    private readonly Dictionary<string, IReadOnlyList<string>> _events = new(StringComparer.Ordinal);

    public ProviderCatalog(Compilation compilation, WebhookSymbols symbols)
    {
        foreach (var provider in BuiltInProviders.All)
        {
            _events[provider.Name] = provider.KnownEvents;
        }

        foreach (var attribute in WebhookSymbols.Attributes(compilation.Assembly, symbols.DefinitionAttribute))
        {
            if (CustomProviderParser.Parse(attribute) is { } custom && !_events.ContainsKey(custom.Name))
            {
                _events[custom.Name] = custom.KnownEvents.ToArray();
            }
        }
    }

    public IEnumerable<string> Names => _events.Keys.OrderBy(n => n, StringComparer.Ordinal);

    public bool Contains(string name) => _events.ContainsKey(name);

    /// <summary>The provider's documented event types; empty when it has no catalogue or is unknown.</summary>
    public IReadOnlyList<string> KnownEvents(string name) =>
        _events.TryGetValue(name, out var events) ? events : Array.Empty<string>();

    /// <summary>The route a class of this provider answers on unless its attribute or configuration names one.</summary>
    public static string DefaultPath(string name, string? via) =>
        via is null ? NamedProvider.Describe(name).DefaultPath : NamedProvider.Describe(name).DefaultPathVia(NamedProvider.Describe(via));
}
