using Webhooks.Configuration;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>
/// The provider contract for HTTP Basic providers: the test kit's "secret" is <c>username:password</c>, and the
/// receiver is configured with the pair (<c>Credentials:N</c>). Nothing but the credentials is covered.
/// </summary>
public abstract class BasicCredentialProviderTests : ProviderContractTests
{
    protected override string[] SignatureHeaders => ["Authorization"];

    protected override bool SignsBody => false;

    protected override void Configure(WebhookProviderOptions options, string[] secrets)
    {
        foreach (var secret in secrets)
        {
            var colon = secret.IndexOf(':', StringComparison.Ordinal);
            options.Credentials.Add(new WebhookBasicCredential(secret[..colon], secret[(colon + 1)..]));
        }
    }
}
