using System.Globalization;
using Microsoft.Extensions.Configuration;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>
/// Reads a provider's options from configuration by hand, so that no reflection-based binder is needed
/// and the app stays trimmable.
/// </summary>
internal static partial class WebhookConfigurationReader
{
    public const string RootSection = "Webhooks";

    public static string SectionPath(string provider) => RootSection + ":" + provider;

    /// <summary><c>Webhooks:{provider}:Processing</c>, when set: configuration wins over the class's attribute.</summary>
    public static WebhookProcessing? ReadProcessing(IConfiguration configuration, string provider)
    {
        var key = SectionPath(provider) + ":Processing";
        return configuration[key] is not { Length: > 0 } value
            ? null
            : Enum.TryParse<WebhookProcessing>(value, ignoreCase: true, out var processing) && Enum.IsDefined(processing)
                ? processing
                : throw new InvalidOperationException($"{key} must be Inline or Queued, not '{value}'.");
    }

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

        BasicCredentialReader.Apply(configuration, section, provider, options);

        if (section["Tolerance"] is { } tolerance)
        {
            options.Tolerance = ParseTolerance(tolerance, section.Path + ":Tolerance");
        }

        if (section["Path"] is { Length: > 0 } path)
        {
            options.Path = path;
        }

        ApplyUrlAndSignatureKeys(section, options);
        ApplyPublicKeys(configuration, section, provider, options);

        if (section["MaxBodyBytes"] is { } maxBody)
        {
            options.MaxBodyBytes = long.TryParse(maxBody, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes is > 0 and <= WebhookProviderOptions.LargestMaxBodyBytes
                ? bytes
                : throw new InvalidOperationException($"{section.Path}:MaxBodyBytes must be a whole number of bytes from 1 to {WebhookProviderOptions.LargestMaxBodyBytes}.");
        }
    }

    // Twilio's URL options and the generic provider's header, prefix and encoding.
    private static void ApplyUrlAndSignatureKeys(IConfigurationSection section, WebhookProviderOptions options)
    {
        if (section["PublicBaseUrl"] is { Length: > 0 } baseUrl)
        {
            options.PublicBaseUrl = baseUrl;
        }

        if (section["TrustForwardedHeaders"] is { } trust)
        {
            options.TrustForwardedHeaders = bool.TryParse(trust, out var value)
                ? value
                : throw new InvalidOperationException($"{section.Path}:TrustForwardedHeaders must be true or false.");
        }

        if (section["SignatureHeader"] is { Length: > 0 } header)
        {
            options.SignatureHeader = header;
        }

        if (section["SignaturePrefix"] is { } prefix)
        {
            options.SignaturePrefix = prefix;
        }

        if (section["SignatureEncoding"] is { } encoding)
        {
            options.SignatureEncoding = Enum.TryParse<SignatureEncoding>(encoding, ignoreCase: true, out var value) && Enum.IsDefined(value)
                ? value
                : throw new InvalidOperationException($"{section.Path}:SignatureEncoding must be Hex or Base64.");
        }
    }

    private static void AddSecret(WebhookProviderOptions options, string? secret)
    {
        // A trailing newline from a file or an environment variable is never part of a secret.
        secret = secret?.Trim();
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
