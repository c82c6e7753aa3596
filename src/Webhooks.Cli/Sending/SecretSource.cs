using Webhooks.Providers;

namespace Webhooks.Cli.Sending;

/// <summary>
/// Finds the secret: <c>--secret</c>, else the variable <c>--secret-env</c> names, else the provider's own variable (for
/// HTTP Basic providers, its username and password variables, as <c>username:password</c>).
/// </summary>
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

        // HTTP Basic signs with "username:password", from the provider's two variables.
        if (provider.UsernameEnvironmentVariable is { } userVariable)
        {
            if (environment(userVariable) is { Length: > 0 } user && provider.SecretEnvironmentVariable is { } passwordVariable
                && environment(passwordVariable) is { Length: > 0 } password)
            {
                return user + ":" + password;
            }

            throw new CliUsageException(
                $"no credentials for {provider.Name}: set {userVariable} and {provider.SecretEnvironmentVariable}, or pass --secret username:password.");
        }

        if (provider.SecretEnvironmentVariable is { } variable && environment(variable) is { Length: > 0 } value)
        {
            return value;
        }

        var where = provider.SecretEnvironmentVariable is { } name ? $"set {name}, " : "";
        throw new CliUsageException($"no secret for {provider.Name}: {where}pass --secret, or name the variable that holds it with --secret-env.");
    }
}
