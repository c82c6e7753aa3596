using Webhooks.Providers;

namespace Webhooks.Generator.Parsing;

/// <summary>The provider a <c>[WebhookProvider]</c> name stands for, where its route and JSON naming are read.</summary>
internal static class NamedProvider
{
    /// <summary>
    /// The built-in provider's descriptor, else one with only the name: a provider declared with
    /// <c>[assembly: WebhookProviderDefinition]</c> sets neither its route nor its JSON naming, so the descriptor's
    /// defaults are its own (and an unknown name, which the analyzers report, gets them too).
    /// </summary>
    public static ProviderDescriptor Describe(string? name) =>
        (name is null ? null : BuiltInProviders.Find(name)) ?? new ProviderDescriptor { Name = name ?? "" };
}
