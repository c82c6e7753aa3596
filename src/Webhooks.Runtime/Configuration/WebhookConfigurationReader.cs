using System.Globalization;
using Microsoft.Extensions.Configuration;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>
/// Reads a provider's options from configuration by hand, so that no reflection-based binder is needed
/// and the app stays trimmable.
/// </summary>
internal static class WebhookConfigurationReader
{
    public const string RootSection = "Webhooks";

    public static string SectionPath(string provider) => RootSection + ":" + provider;

    public static void Apply(IConfiguration configuration, ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var section = configuration.GetSection(SectionPath(provider.Name));

        AddSecret(options, section["Secret"]);
        foreach (var child in section.GetSection("Secrets").GetChildren())
        {
            AddSecret(options, child.Value);
        }

        if (provider.SecretEnvironmentVariable is { } variable)
        {
            AddSecret(options, configuration[variable]);
        }

        if (section["Tolerance"] is { } tolerance)
        {
            options.Tolerance = ParseTolerance(tolerance, section.Path + ":Tolerance");
        }

        if (section["Path"] is { Length: > 0 } path)
        {
            options.Path = path;
        }

        if (section["MaxBodyBytes"] is { } maxBody)
        {
            options.MaxBodyBytes = long.TryParse(maxBody, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
                ? bytes
                : throw new InvalidOperationException($"{section.Path}:MaxBodyBytes must be a positive whole number of bytes.");
        }
    }

    private static void AddSecret(WebhookProviderOptions options, string? secret)
    {
        if (!string.IsNullOrWhiteSpace(secret) && !options.Secrets.Contains(secret))
        {
            options.Secrets.Add(secret);
        }
    }

    internal static TimeSpan? ParseTolerance(string value, string key)
    {
        if (value.Equals("off", StringComparison.OrdinalIgnoreCase) || value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        throw new InvalidOperationException($"{key} must be seconds (300), a time span (00:05:00) or 'off'.");
    }
}
