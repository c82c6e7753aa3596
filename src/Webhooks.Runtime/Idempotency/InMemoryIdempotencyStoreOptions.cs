namespace Webhooks.Idempotency;

/// <summary>How long <see cref="InMemoryIdempotencyStore"/> remembers deliveries.</summary>
public sealed class InMemoryIdempotencyStoreOptions
{
    /// <summary>How long a processed delivery is remembered. Providers retry for up to three days (OpenAI, Svix), so the default is 72 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How long a claim holds without being marked processed or released, after which a retry may claim it again.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
