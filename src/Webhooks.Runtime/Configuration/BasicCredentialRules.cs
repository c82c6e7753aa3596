using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>
/// What a <see cref="SignatureScheme.HttpBasic"/> provider needs before start-up: at least one complete username and
/// password pair, each half set, no username with a <c>:</c> (RFC 7617 can't carry it). Messages name the keys and
/// environment variables to set, never a value.
/// </summary>
internal static class BasicCredentialRules
{
    public static List<string> Check(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var section = WebhookConfigurationReader.SectionPath(provider.Name);
        var userVariable = provider.UsernameEnvironmentVariable is { } u ? $" (or set {u})" : "";
        var passwordVariable = provider.SecretEnvironmentVariable is { } p ? $" (or set {p})" : "";
        var failures = new List<string>();
        if (options.Username is null && options.Password is null && options.Credentials.Count == 0)
        {
            var variables = (provider.UsernameEnvironmentVariable, provider.SecretEnvironmentVariable) switch
            {
                ({ } user, { } password) => $", or the environment variables {user} and {password}",
                (null, { } password) => $" (the password may come from the environment variable {password})",
                ({ } user, null) => $" (the username may come from the environment variable {user})",
                _ => "",
            };
            failures.Add(
                $"No HTTP Basic credentials are configured for webhook provider '{provider.Name}'. Set {section}:Username and " +
                $"{section}:Password (or {section}:Credentials:0:Username and {section}:Credentials:0:Password){variables}.");
            return failures;
        }

        if (options.Password is not null && options.Username is null)
        {
            failures.Add($"{section}:Password is set but {section}:Username is not{userVariable}.");
        }
        else if (options.Username is not null && options.Password is null)
        {
            failures.Add($"{section}:Username is set but {section}:Password is not{passwordVariable}.");
        }

        CheckUsername(options.Username, $"{section}:Username", failures);
        for (var i = 0; i < options.Credentials.Count; i++)
        {
            var (username, password) = (options.Credentials[i].Username, options.Credentials[i].Password);
            var key = $"{section}:Credentials:{i}";
            if (string.IsNullOrEmpty(username))
            {
                failures.Add($"{key}:Username is not set.");
            }

            if (string.IsNullOrEmpty(password))
            {
                failures.Add($"{key}:Password is not set.");
            }

            CheckUsername(username, key + ":Username", failures);
        }

        return failures;
    }

    private static void CheckUsername(string? username, string key, List<string> failures)
    {
        if (username is not null && username.Contains(':', StringComparison.Ordinal))
        {
            failures.Add($"{key} contains ':', which HTTP Basic can't carry in a username (RFC 7617).");
        }
    }
}
