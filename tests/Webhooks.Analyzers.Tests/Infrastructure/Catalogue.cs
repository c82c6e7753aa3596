using System.Reflection;
using Webhooks.Providers;

namespace Webhooks.Analyzers.Tests.Infrastructure;

/// <summary>
/// Facts about the built-in catalogue, read from the runtime at test time so that tests follow it as
/// providers and events are added.
/// </summary>
internal static class Catalogue
{
    /// <summary>A built-in provider that documents its events.</summary>
    public static ProviderDescriptor ProviderWithEvents { get; } = BuiltInProviders.All.First(p => p.KnownEvents.Count >= 2);

    /// <summary>A built-in payload contract and the provider it names.</summary>
    public static (string TypeName, string Provider) Contract { get; } = FindContract();

    /// <summary>A built-in payload contract made for some events only, and one of them.</summary>
    public static (string TypeName, string Provider, string Event) EventContract { get; } = FindEventContract();

    private static (string, string, string) FindEventContract()
    {
        var type = typeof(WebhookContext).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<WebhookContractAttribute>() is { Events.Length: > 0 } contract
                && BuiltInProviders.Find(contract.Provider) is { KnownEvents.Count: > 1 } provider
                && provider.KnownEvents.Contains(contract.Events[0]))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .First();
        var attribute = type.GetCustomAttribute<WebhookContractAttribute>()!;
        return (type.FullName!, attribute.Provider, attribute.Events![0]);
    }

    // A contract for every event of its provider.
    private static (string, string) FindContract()
    {
        var type = typeof(WebhookContext).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<WebhookContractAttribute>() is { } contract && contract.Events is not { Length: > 0 })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .First();
        return (type.FullName!, type.GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
