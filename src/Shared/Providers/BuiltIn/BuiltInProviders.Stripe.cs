// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>Stripe: <c>Stripe-Signature: t=…,v1=…</c>; the <c>whsec_</c> secret is used verbatim.</summary>
    public static ProviderDescriptor Stripe { get; } = new()
    {
        Name = "stripe",
        SecretEnvironmentVariable = "STRIPE_WEBHOOK_SECRET",
        Scheme = SignatureScheme.Stripe,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Json("type"),
        IdempotencyKeys = [ValueSource.Json("id")],
        KnownEvents = StripeEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
