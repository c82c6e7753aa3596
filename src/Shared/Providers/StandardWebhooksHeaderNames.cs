// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal, netstandard2.0), like ProviderDescriptor.cs.
namespace Webhooks.Providers;

/// <summary>
/// The three header names a Standard Webhooks sender signs with: the message id, the timestamp and the signatures. The
/// specification names them <c>webhook-*</c>; Svix, and the services that send through it (Clerk, Resend), <c>svix-*</c>.
/// </summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
sealed class StandardWebhooksHeaderNames
{
    /// <summary>The specification's names: <c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c>.</summary>
    public static StandardWebhooksHeaderNames Webhook { get; } = new("webhook-id", "webhook-timestamp", "webhook-signature");

    /// <summary>Svix's names: <c>svix-id</c>, <c>svix-timestamp</c>, <c>svix-signature</c>.</summary>
    public static StandardWebhooksHeaderNames Svix { get; } = new("svix-id", "svix-timestamp", "svix-signature");

    /// <summary>Creates a set of header names.</summary>
    /// <param name="id">The message id header, such as <c>webhook-id</c>.</param>
    /// <param name="timestamp">The timestamp header, such as <c>webhook-timestamp</c>.</param>
    /// <param name="signature">The signature header, such as <c>webhook-signature</c>.</param>
    public StandardWebhooksHeaderNames(string id, string timestamp, string signature)
    {
        Id = id;
        Timestamp = timestamp;
        Signature = signature;
    }

    /// <summary>The message id header, signed and stable across retries: the delivery id.</summary>
    public string Id { get; }

    /// <summary>The header of the signed Unix timestamp, in seconds.</summary>
    public string Timestamp { get; }

    /// <summary>The header of the space-separated signature entries.</summary>
    public string Signature { get; }
}
