using Microsoft.Extensions.Options;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>Fails start-up, naming the keys to set, when a provider in use has no usable secret.</summary>
internal sealed class WebhookProviderOptionsValidator(IEnumerable<WebhookHandlerRegistration> registrations)
    : IValidateOptions<WebhookProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookProviderOptions options)
    {
        var provider = registrations.FirstOrDefault(r => r.VerifyingProvider.Name == name)?.VerifyingProvider;
        if (provider is null)
        {
            return ValidateOptionsResult.Skip;
        }

        // HTTP Basic takes username and password pairs, not secrets.
        if (provider.Scheme == SignatureScheme.HttpBasic)
        {
            return WithSettings(BasicCredentialRules.Check(provider, options), provider, options);
        }

        var failures = new List<string>();
        if (VerificationKeys.Handles(provider.Scheme))
        {
            failures.AddRange(VerificationKeys.Read(provider, options).Problems);
        }
        else if (options.Secrets.Count == 0)
        {
            var section = WebhookConfigurationReader.SectionPath(provider.Name);
            var variable = provider.SecretEnvironmentVariable is { } v ? $" or the environment variable {v}" : "";
            var what = provider.Scheme == SignatureScheme.SharedToken ? "token" : "signing secret";
            return ValidateOptionsResult.Fail(
                $"No {what} is configured for webhook provider '{provider.Name}'. Set {section}:Secret (or {section}:Secrets:0){variable}.");
        }

        for (var i = 0; i < options.Secrets.Count && !VerificationKeys.Handles(provider.Scheme); i++)
        {
            if (!SecretDecoder.TryDecode(options.Secrets[i], provider.SecretEncoding, out _, out var problem))
            {
                failures.Add($"Signing secret #{i + 1} of webhook provider '{provider.Name}' is not usable: {problem}");
            }
        }

        return WithSettings(failures, provider, options);
    }

    // The checks every scheme shares, after its credentials'.
    private static ValidateOptionsResult WithSettings(List<string> failures, ProviderDescriptor provider, WebhookProviderOptions options)
    {
        // Only a JWT's kid chooses among a JWKS's keys; any other scheme would ignore one, and refuse every delivery
        // if it was the only key set (SendGrid takes its one P-256 key as PublicKey).
        if (provider.Scheme != SignatureScheme.Jwt)
        {
            foreach (var (key, value) in new[] { ("JwksUrl", options.JwksUrl), ("JwksPath", options.JwksPath) })
            {
                if (value is not null)
                {
                    failures.Add($"{WebhookConfigurationReader.SectionPath(provider.Name)}:{key} is set, but webhook provider '{provider.Name}' is not checked with JWTs: {key} is for JWT providers only; remove it.");
                }
            }
        }

        if (options.PublicBaseUrl is { } baseUrl
            && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0))
        {
            failures.Add($"{WebhookConfigurationReader.SectionPath(provider.Name)}:PublicBaseUrl must be an absolute http(s) URL without a query, such as https://example.com.");
        }

        if (options.MaxBodyBytes is <= 0 or > WebhookProviderOptions.LargestMaxBodyBytes)
        {
            failures.Add($"{WebhookConfigurationReader.SectionPath(provider.Name)}:MaxBodyBytes must be from 1 to {WebhookProviderOptions.LargestMaxBodyBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
