// Shared by source link with Webhooks.Generator: the one list of built-in providers.
namespace Webhooks.Providers;

/// <summary>The providers the library knows by name.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class BuiltInProviders
{
    /// <summary>OpenAI: Standard Webhooks v1; the event type in <c>$.type</c>.</summary>
    public static ProviderDescriptor OpenAI { get; } = new()
    {
        Name = "openai",
        SecretEnvironmentVariable = "OPENAI_WEBHOOK_SECRET",
        Scheme = SignatureScheme.StandardWebhooks,
        SecretEncoding = SecretEncoding.StandardWebhooksOrUtf8,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Header("webhook-id")],
        KnownEvents = OpenAIEvents.All,
    };

    /// <summary>Every built-in provider, ordered by name.</summary>
    public static ProviderDescriptor[] All { get; } = [OpenAI];

    /// <summary>The built-in provider with this name, or <c>null</c>.</summary>
    public static ProviderDescriptor? Find(string name)
    {
        foreach (var provider in All)
        {
            if (string.Equals(provider.Name, name, System.StringComparison.Ordinal))
            {
                return provider;
            }
        }

        return null;
    }
}
