using Webhooks.Testing.Fixtures;

namespace Webhooks.Testing;

/// <summary>
/// Built-in test deliveries for the main events of every built-in provider: small, realistic bodies with fresh ids
/// on every call, so that each is a new delivery to the receiver. Shared by the <c>dotnet webhooks</c> tool and the
/// sample's <c>send</c>.
/// </summary>
/// <example>
/// <code>
/// var fixture = WebhookFixtures.Create("stripe", "invoice.paid");
/// using var sender = new WebhookSender(client, "stripe", "whsec_…");
/// var response = await sender.SendAsync(fixture);
/// </code>
/// </example>
public static class WebhookFixtures
{
    private static readonly ProviderFixtures[] All =
    [
        AfterShipFixtures.All, BitbucketFixtures.All, CalendlyFixtures.All, ChargebeeFixtures.All, ClerkFixtures.All,
        CursorFixtures.All, DeepgramFixtures.All, ElevenLabsFixtures.All, FusionAuthFixtures.All, GenericFixtures.All,
        GitHubFixtures.All, GitLabFixtures.All, HookdeckFixtures.All, OpenAIFixtures.All, OpenFXFixtures.All,
        PaddleFixtures.All, PostmarkFixtures.All, ReplicateFixtures.All, ResendFixtures.All, SendGridFixtures.All,
        ShopifyFixtures.All, SlackFixtures.All, StandardWebhooksFixtures.All, StripeFixtures.All, TwilioFixtures.All,
        VercelFixtures.All, WebflowFixtures.All, WooCommerceFixtures.All,
    ];

    /// <summary>The providers with fixtures: every built-in provider, ordered by name.</summary>
    public static IReadOnlyList<string> Providers { get; } = [.. All.Select(p => p.Provider)];

    /// <summary>The event types with a fixture of their own, the default first.</summary>
    /// <param name="provider">A built-in provider's name, such as <c>openai</c>.</param>
    /// <exception cref="ArgumentException">The provider has no fixtures.</exception>
    public static IReadOnlyList<string> Events(string provider) => [.. Find(provider).Templates.Select(t => t.EventType)];

    /// <summary>The event a fixture is made for when none is named, such as <c>payment_intent.succeeded</c> for Stripe.</summary>
    /// <param name="provider">A built-in provider's name.</param>
    /// <exception cref="ArgumentException">The provider has no fixtures.</exception>
    public static string DefaultEvent(string provider) => Find(provider).DefaultEvent;

    /// <summary>Whether <paramref name="provider"/> has fixtures.</summary>
    /// <param name="provider">A provider's name.</param>
    public static bool HasProvider(string provider) => All.Any(p => p.Provider == provider);

    /// <summary>
    /// The event whose fixture a delivery of <paramref name="eventType"/> is written from: the event itself when it has
    /// a fixture, else the nearest of its family (<c>invoice.voided</c> is written as <c>invoice.paid</c> is, with its own
    /// type), else the default event.
    /// </summary>
    /// <param name="provider">A built-in provider's name.</param>
    /// <param name="eventType">Any event type.</param>
    /// <exception cref="ArgumentException">The provider has no fixtures.</exception>
    public static string FixtureEvent(string provider, string eventType) => Find(provider).Find(eventType).Template.EventType;

    /// <summary>
    /// A fresh test delivery of <paramref name="eventType"/> (the provider's default event when <c>null</c>), with new ids
    /// and the current time; an event without a fixture of its own is written from its family's (see <see cref="FixtureEvent"/>).
    /// </summary>
    /// <param name="provider">A built-in provider's name.</param>
    /// <param name="eventType">The event type; the default event when <c>null</c>.</param>
    /// <param name="clock">The clock for the timestamps in the body; the system clock by default.</param>
    /// <exception cref="ArgumentException">The provider has no fixtures.</exception>
    public static WebhookFixture Create(string provider, string? eventType = null, TimeProvider? clock = null)
    {
        var fixtures = Find(provider);
        eventType ??= fixtures.DefaultEvent;
        var template = fixtures.Find(eventType).Template;
        var values = new FixtureValues(eventType, (clock ?? TimeProvider.System).GetUtcNow());
        var headers = fixtures.Headers(eventType);
        return template.Json is { } json
            ? new WebhookFixture(provider, eventType, json(values), null, headers)
            : new WebhookFixture(provider, eventType, null, template.Form!(values), headers);
    }

    private static ProviderFixtures Find(string provider) =>
        All.FirstOrDefault(p => p.Provider == provider)
        ?? throw new ArgumentException($"'{provider}' has no built-in fixtures; the providers are {string.Join(", ", Providers)}.", nameof(provider));
}
