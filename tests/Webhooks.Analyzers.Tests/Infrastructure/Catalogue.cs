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
    public static ProviderDescriptor ProviderWithEvents { get; } = BuiltInProviders.All.First(p => p.KnownEvents.Length >= 2);

    /// <summary>A built-in payload contract and the provider it names.</summary>
    public static (string TypeName, string Provider) Contract { get; } = FindContract();

    private static (string, string) FindContract()
    {
        var type = typeof(WebhookContext).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<WebhookContractAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .First();
        return (type.FullName!, type.GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
