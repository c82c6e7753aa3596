// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>Any Standard Webhooks sender (Svix and the services built on it): <c>v1</c> with <c>whsec_</c> keys, <c>v1a</c> with <c>whpk_</c> keys.</summary>
    public static ProviderDescriptor StandardWebhooks { get; } = new()
    {
        Name = "standard-webhooks",
        SecretEnvironmentVariable = "STANDARD_WEBHOOKS_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooks,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
    };
}
