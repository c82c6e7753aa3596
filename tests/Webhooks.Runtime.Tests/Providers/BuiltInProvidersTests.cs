using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>The list of built-in providers: complete, ordered, and each one verifiable.</summary>
public sealed class BuiltInProvidersTests
{
    public static TheoryData<string> Names => [.. BuiltInProviders.All.Select(p => p.Name)];

    [Fact]
    public void Every_provider_of_the_issue_is_built_in_ordered_by_name()
    {
        string[] expected = ["chargebee", "deepgram", "generic", "github", "gitlab", "hookdeck", "openai", "openfx", "postmark", "replicate", "shopify", "slack", "standard-webhooks", "stripe", "twilio", "vercel"];

        Assert.Equal(expected, BuiltInProviders.All.Select(p => p.Name));
        Assert.Equal(expected.Order(StringComparer.Ordinal), expected);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Find_returns_the_provider(string name) => Assert.Same(BuiltInProviders.All.Single(p => p.Name == name), BuiltInProviders.Find(name));

    [Fact]
    public void Find_is_exact() => Assert.Null(BuiltInProviders.Find("GitHub"));

    // The factory knows every scheme: no built-in provider reaches a NotSupportedException.
    [Theory]
    [MemberData(nameof(Names))]
    public void Every_provider_gets_a_verifier(string name)
    {
        var provider = BuiltInProviders.Find(name)!;
        var options = new WebhookProviderOptions();
        options.Secrets.Add(provider.SecretEncoding == SecretEncoding.Utf8 ? "a-secret" : "whsec_" + Convert.ToBase64String(new byte[24]));
        (options.Username, options.Password) = ("a-user", "a-password"); // HTTP Basic providers take a pair instead

        Assert.IsAssignableFrom<WebhookSignatureVerifier>(WebhookVerifierFactory.Create(provider, options, TimeProvider.System));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_provider_names_its_environment_variable_and_idempotency_key(string name)
    {
        var provider = BuiltInProviders.Find(name)!;

        Assert.False(string.IsNullOrEmpty(provider.SecretEnvironmentVariable));

        // Postmark sends no delivery id (README: its deliveries are not deduplicated).
        Assert.Equal(name != "postmark", provider.IdempotencyKeys.Count > 0);
        Assert.Equal("/webhooks/" + name, provider.DefaultPath);
    }

    // A catalogue per provider that publishes its events; the open-ended ones have none.
    [Theory]
    [MemberData(nameof(Names))]
    public void Known_events_come_from_the_catalogues(string name)
    {
        var provider = BuiltInProviders.Find(name)!;

        if (name is "generic" or "hookdeck" or "standard-webhooks")
        {
            Assert.Empty(provider.KnownEvents);
        }
        else
        {
            Assert.NotEmpty(provider.KnownEvents);
        }
    }

    [Fact]
    public void Http_basic_providers_name_a_username_variable_too() =>
        Assert.All(BuiltInProviders.All.Where(p => p.Scheme == SignatureScheme.HttpBasic), p => Assert.EndsWith("_USERNAME", p.UsernameEnvironmentVariable, StringComparison.Ordinal));

    [Fact]
    public void Environment_variables_are_distinct() =>
        Assert.Equal(BuiltInProviders.All.Count, BuiltInProviders.All.Select(p => p.SecretEnvironmentVariable).Distinct().Count());

    // The analyzers list unhandled events and suggest the nearest name from these arrays: no repeats.
    [Fact]
    public void Event_catalogues_have_no_duplicates() =>
        Assert.All(BuiltInProviders.All, p => Assert.Equal(p.KnownEvents.Count, p.KnownEvents.Distinct(StringComparer.Ordinal).Count()));

    [Fact]
    public void Stripe_knows_its_snapshot_and_its_thin_events()
    {
        Assert.Contains("payment_intent.succeeded", BuiltInProviders.Stripe.KnownEvents);
        Assert.All(StripeEvents.ThinEvents, thin => Assert.Contains(thin, BuiltInProviders.Stripe.KnownEvents));
        Assert.NotEmpty(StripeEvents.ThinEvents);
    }
}
