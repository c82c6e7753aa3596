// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal): the one list of built-in providers. Each
// provider's descriptor is in its own part of this class, BuiltIn/BuiltInProviders.{Name}.cs.
namespace Webhooks.Providers;

/// <summary>The providers the library knows by name.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static partial class BuiltInProviders
{
    // Assigned here, not by an initializer: the parts' initializers run in no set order, but all before this constructor.
    static BuiltInProviders() => All =
    [
        AfterShip,
        Bitbucket,
        Calendly,
        Chargebee,
        Clerk,
        Cursor,
        Deepgram,
        ElevenLabs,
        FusionAuth,
        Generic,
        GitHub,
        GitLab,
        Hookdeck,
        OpenAI,
        OpenFX,
        Paddle,
        Postmark,
        Replicate,
        Resend,
        SendGrid,
        Shopify,
        Slack,
        StandardWebhooks,
        Stripe,
        Twilio,
        Vercel,
        Webflow,
        WooCommerce,
    ];

    /// <summary>Every built-in provider, ordered by name.</summary>
    public static IReadOnlyList<ProviderDescriptor> All { get; }

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
