using Microsoft.Extensions.Configuration;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>The options of schemes checked with a public key or a signed JWT.</summary>
internal static partial class WebhookConfigurationReader
{
    // PublicKey, PublicKeys:N and the provider's public-key variable; Algorithms:N, JwksPath and JwksUrl for JWTs.
    private static void ApplyPublicKeys(IConfiguration configuration, IConfigurationSection section, ProviderDescriptor provider, WebhookProviderOptions options)
    {
        AddDistinct(options.PublicKeys, section["PublicKey"]);
        foreach (var child in section.GetSection("PublicKeys").GetChildren())
        {
            AddDistinct(options.PublicKeys, child.Value);
        }

        if (provider.PublicKeyEnvironmentVariable is { } variable)
        {
            AddDistinct(options.PublicKeys, configuration[variable]);
        }

        foreach (var child in section.GetSection("Algorithms").GetChildren())
        {
            AddDistinct(options.Algorithms, child.Value);
        }

        if (section["JwksPath"] is { Length: > 0 } jwks)
        {
            options.JwksPath = jwks.Trim();
        }

        if (section["JwksUrl"] is { Length: > 0 } jwksUrl)
        {
            options.JwksUrl = jwksUrl.Trim();
        }
    }

    private static void AddDistinct(List<string> values, string? value)
    {
        // As for secrets: a trailing newline from a file or an environment variable is never part of the value.
        value = value?.Trim();
        if (!string.IsNullOrWhiteSpace(value) && !values.Contains(value))
        {
            values.Add(value);
        }
    }
}
