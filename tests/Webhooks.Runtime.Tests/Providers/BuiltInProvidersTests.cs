using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Testing;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>The list of built-in providers: complete, ordered, and each one verifiable.</summary>
public sealed class BuiltInProvidersTests
{
    public static TheoryData<string> Names => [.. BuiltInProviders.All.Select(p => p.Name)];

    [Fact]
    public void Every_provider_of_the_issue_is_built_in_ordered_by_name()
    {
        string[] expected = ["aftership", "bitbucket", "calendly", "chargebee", "clerk", "cursor", "deepgram", "elevenlabs", "fusionauth", "generic", "github", "gitlab", "hookdeck", "openai", "openfx", "paddle", "postmark", "replicate", "resend", "sendgrid", "shopify", "slack", "standard-webhooks", "stripe", "twilio", "vercel", "webflow", "woocommerce"];

        Assert.Equal(expected, BuiltInProviders.All.Select(p => p.Name));
        Assert.Equal(expected.Order(StringComparer.Ordinal), expected);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Find_returns_the_provider(string name) => Assert.Same(BuiltInProviders.All.Single(p => p.Name == name), BuiltInProviders.Find(name));

    [Fact]
    public void Find_is_exact() => Assert.Null(BuiltInProviders.Find("GitHub"));

    // The factory knows every scheme (no built-in provider reaches a NotSupportedException), and picks the one the
    // provider signs with: its verifier accepts what WebhookSigner signs as that provider, and nothing else.
    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_provider_gets_a_verifier_that_accepts_its_own_signature(string name)
    {
        var provider = BuiltInProviders.Find(name)!;
        var secret = provider.SecretEncoding == SecretEncoding.Utf8 ? "a-secret" : "whsec_" + Convert.ToBase64String(new byte[24]);
        var options = new WebhookProviderOptions();
        var signingKey = secret;
        if (provider.Scheme == SignatureScheme.EcdsaTimestamped)
        {
            // Checked with a public key: the signer holds the private half.
            var keys = Webhooks.Testing.WebhookKeyPair.CreateEcdsa();
            options.PublicKeys.Add(keys.PublicKeyBase64);
            signingKey = keys.PrivateKey;
        }
        else if (provider.Scheme == SignatureScheme.HttpBasic)
        {
            // A pair, which the signer sends as username:password.
            (options.Username, options.Password) = ("a-user", "a-password");
            signingKey = "a-user:a-password";
        }
        else
        {
            options.Secrets.Add(secret);
        }

        var clock = ProviderRequests.ClockAt(1_700_000_000);
        var (request, body) = await ProviderRequests.Receive(
            new WebhookSigner(name, signingKey, clock).CreateRequest("https://example.com/webhooks/" + name, """{"type":"test.event","id":"evt_1"}"""));

        var verifier = WebhookVerifierFactory.Create(provider, options, clock);

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(request, body).Status);
        // A token or Basic credentials don't cover the body (only HTTPS keeps it whole): a changed body still passes.
        var signsBody = provider.Scheme is not (SignatureScheme.SharedToken or SignatureScheme.HttpBasic);
        Assert.Equal(signsBody ? WebhookVerificationStatus.InvalidSignature : WebhookVerificationStatus.Valid, verifier.Verify(request, ProviderRequests.Tampered(body)).Status);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_provider_names_its_environment_variable_and_idempotency_key(string name)
    {
        var provider = BuiltInProviders.Find(name)!;

        // SendGrid is checked with a public key only, so its variable holds that key.
        Assert.False(string.IsNullOrEmpty(provider.SecretEnvironmentVariable ?? provider.PublicKeyEnvironmentVariable));

        // These send no delivery id (README: their deliveries are not deduplicated).
        Assert.Equal(name is not ("postmark" or "calendly" or "elevenlabs" or "webflow"), provider.IdempotencyKeys.Count > 0);
        Assert.Equal("/webhooks/" + name, provider.DefaultPath);
    }

    // The verifier signs over the first id header present among the provider's header names; the idempotency key is
    // the first present among IdempotencyKeys: the same list, or a delivery could be deduplicated on an unsigned id.
    [Theory]
    [MemberData(nameof(Names))]
    public void Standard_webhooks_providers_dedupe_on_the_id_headers_they_sign(string name)
    {
        var provider = BuiltInProviders.Find(name)!;
        if (provider.Scheme == SignatureScheme.StandardWebhooks)
        {
            Assert.Equal(provider.StandardWebhooksHeaders.Select(h => (ValueSourceKind.Header, h.Id)), provider.IdempotencyKeys.Select(k => (k.Kind, k.Name)));
        }
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

    // The generator reads each provider's payload types with this policy: a new provider says what its JSON looks like.
    private static readonly Dictionary<string, JsonNaming> JsonNamings = new()
    {
        ["aftership"] = JsonNaming.SnakeCaseLower,
        ["chargebee"] = JsonNaming.SnakeCaseLower,
        ["deepgram"] = JsonNaming.SnakeCaseLower,
        ["gitlab"] = JsonNaming.SnakeCaseLower,
        ["postmark"] = JsonNaming.None,
        ["bitbucket"] = JsonNaming.SnakeCaseLower,
        ["clerk"] = JsonNaming.SnakeCaseLower,
        ["cursor"] = JsonNaming.CamelCase,
        ["fusionauth"] = JsonNaming.CamelCase,
        ["calendly"] = JsonNaming.SnakeCaseLower,
        ["elevenlabs"] = JsonNaming.SnakeCaseLower,
        ["generic"] = JsonNaming.CamelCase,
        ["github"] = JsonNaming.SnakeCaseLower,
        ["hookdeck"] = JsonNaming.SnakeCaseLower,
        ["openai"] = JsonNaming.SnakeCaseLower,
        ["openfx"] = JsonNaming.CamelCase,
        ["paddle"] = JsonNaming.SnakeCaseLower,
        ["replicate"] = JsonNaming.SnakeCaseLower,
        ["resend"] = JsonNaming.SnakeCaseLower,
        ["sendgrid"] = JsonNaming.SnakeCaseLower,
        ["shopify"] = JsonNaming.SnakeCaseLower,
        ["slack"] = JsonNaming.SnakeCaseLower,
        ["standard-webhooks"] = JsonNaming.CamelCase,
        ["stripe"] = JsonNaming.SnakeCaseLower,
        ["twilio"] = JsonNaming.None,
        ["vercel"] = JsonNaming.CamelCase,
        ["woocommerce"] = JsonNaming.SnakeCaseLower,
        ["webflow"] = JsonNaming.CamelCase,
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_provider_names_its_json_naming(string name)
    {
        Assert.True(JsonNamings.TryGetValue(name, out var expected), $"{name}: add its JSON naming to the table");
        Assert.Equal(expected, BuiltInProviders.Find(name)!.JsonNaming);
    }

    // The providers' parts initialize in no set order: the list is built after all of them.
    [Fact]
    public void The_list_holds_every_provider_once_initialized() =>
        Assert.All(BuiltInProviders.All, p => Assert.False(string.IsNullOrEmpty(p?.Name)));

    [Fact]
    public void A_forwarded_provider_is_routed_under_its_forwarder() =>
        Assert.Equal("/webhooks/hookdeck/stripe", BuiltInProviders.Stripe.DefaultPathVia(BuiltInProviders.Hookdeck));

    // A provider declared with [assembly: WebhookProviderDefinition] gets the descriptor's defaults.
    [Fact]
    public void A_declared_provider_is_camel_case_on_its_own_route()
    {
        var declared = new ProviderDescriptor { Name = "acme" };

        Assert.Equal(JsonNaming.CamelCase, declared.JsonNaming);
        Assert.Equal("/webhooks/acme", declared.DefaultPath);
    }

    [Fact]
    public void Http_basic_providers_name_a_username_variable_too() =>
        Assert.All(BuiltInProviders.All.Where(p => p.Scheme == SignatureScheme.HttpBasic), p => Assert.EndsWith("_USERNAME", p.UsernameEnvironmentVariable, StringComparison.Ordinal));

    [Fact]
    public void Environment_variables_are_distinct() =>
        Assert.Equal(BuiltInProviders.All.Count, BuiltInProviders.All.Select(p => p.SecretEnvironmentVariable ?? p.PublicKeyEnvironmentVariable).Distinct().Count());

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
