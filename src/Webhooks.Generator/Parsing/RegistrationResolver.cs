using System.Linq;
using Webhooks.Generator.Model;
using Webhooks.Providers;

namespace Webhooks.Generator.Parsing;

/// <summary>Looks up the providers each handler class names, in the built-in catalogue and among the declared ones.</summary>
internal static class RegistrationResolver
{
    public static RegistrationFileModel Resolve(EquatableArray<RegistrationModel> registrations, EquatableArray<CustomProviderModel> declared) =>
        new(
            declared,
            registrations
                .Select(r => new ResolvedRegistrationModel(r, Find(r.ProviderName, declared), r.Via is { } via ? Find(via, declared) : null))
                .ToEquatableArray());

    private static ProviderReference Find(string name, EquatableArray<CustomProviderModel> declared) =>
        new(name, BuiltInProviders.Find(name) is not null ? ProviderSource.BuiltIn
            : declared.Any(p => p.Name == name) ? ProviderSource.Declared
            : ProviderSource.Unknown);
}
