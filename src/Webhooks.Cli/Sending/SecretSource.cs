using Webhooks.Providers;

namespace Webhooks.Cli.Sending;

/// <summary>Finds the secret: <c>--secret</c>, else the variable <c>--secret-env</c> names, else the provider's own variable.</summary>
internal static class SecretSource
{
    public static string Resolve(ProviderDescriptor provider, string? secret, string? secretEnv, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            return secret;
        }

        if (!string.IsNullOrEmpty(secretEnv))
        {
            return environment(secretEnv) is { Length: > 0 } named
                ? named
                : throw new CliUsageException($"--secret-env names {secretEnv}, which is not set.");
        }

        if (provider.SecretEnvironmentVariable is { } variable && environment(variable) is { Length: > 0 } value)
        {
            return value;
        }

        var where = provider.SecretEnvironmentVariable is { } name ? $"set {name}, " : "";
        throw new CliUsageException($"no secret for {provider.Name}: {where}pass --secret, or name the variable that holds it with --secret-env.");
    }
}
