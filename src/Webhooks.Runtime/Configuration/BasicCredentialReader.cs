using Microsoft.Extensions.Configuration;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>
/// Binds the HTTP Basic credentials of a <see cref="SignatureScheme.HttpBasic"/> provider: <c>Username</c> and
/// <c>Password</c> (or <c>Secret</c>), each falling back to the provider's environment variable, and the further pairs
/// under <c>Credentials:N</c>. Whether they are complete is the validator's business, so that it can name what's missing.
/// </summary>
internal static class BasicCredentialReader
{
    public static void Apply(IConfiguration configuration, IConfigurationSection section, ProviderDescriptor provider, WebhookProviderOptions options)
    {
        if (provider.Scheme != SignatureScheme.HttpBasic)
        {
            return;
        }

        options.Username = Value(section["Username"]) ?? Value(provider.UsernameEnvironmentVariable is { } user ? configuration[user] : null) ?? options.Username;
        options.Password = Value(section["Password"]) ?? Value(section["Secret"])
            ?? Value(provider.SecretEnvironmentVariable is { } password ? configuration[password] : null) ?? options.Password;

        foreach (var child in section.GetSection("Credentials").GetChildren())
        {
            var credential = new WebhookBasicCredential(Value(child["Username"]), Value(child["Password"]));
            if ((credential.Username is not null || credential.Password is not null) 
                && !options.Credentials.Exists(c => c.Username == credential.Username && c.Password == credential.Password))
            {
                options.Credentials.Add(credential);
            }
        }
    }

    // A trailing newline from a file or an environment variable is never part of a credential.
    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
