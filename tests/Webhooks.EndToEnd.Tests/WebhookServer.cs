using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Testing;

namespace Webhooks.EndToEnd.Tests;

/// <summary>The test handlers on real Kestrel, bound to 127.0.0.1 on a free port, with a fake clock.</summary>
public sealed class WebhookServer : IAsyncLifetime
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    /// <summary>Each provider's secret, in the form that provider issues them.</summary>
    public static readonly Dictionary<string, string> Secrets = new()
    {
        ["openai"] = Secret,
        ["replicate"] = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        ["standard-webhooks"] = "whsec_dGVzdC1zdGFuZGFyZC13ZWJob29rcy1zZWNyZXQ=",
        ["hookdeck"] = "hookdeck-signing-secret",
        ["openfx"] = "openfx-signing-secret",
        ["generic"] = "generic-signing-secret",
        ["stripe"] = "whsec_stripe_is_used_verbatim",
        ["github"] = "It's a Secret to Everybody",
        ["slack"] = "8f742231b10e8888abcd99yyyzzz85a5",
        ["shopify"] = "test_secret_key",
        ["twilio"] = "12345",
        ["vercel"] = "vercel-client-secret",
        ["clerk"] = "whsec_dGVzdF9zaWduaW5nX3NlY3JldF8zMl9jaGFyc19sb25n",
        ["resend"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        ["woocommerce"] = "p&K<9\"x]T!s@4Lz^mQ~e|Wc#7rBv(Yd)N$h%Uj*Ag+Fo=Ix?1",
        ["cursor"] = "cursor-webhook-secret-at-least-32-characters",
        ["bitbucket"] = "It's a Secret to Everybody",
        ["aftership"] = "aftership-signing-secret",
        ["acme"] = "acme-signing-secret",
        ["gitlab"] = "gitlab-secret-token",
        ["chargebee"] = "chargebee-user:chargebee-password",
        ["postmark"] = "postmark-user:postmark:password",
        ["deepgram"] = "deepgram-user:deepgram-password",
        ["fusionauth"] = "fusionauth-hmac-secret-from-key-master",
        ["acme-jwt"] = "acme-jwt-hmac-secret",
        ["paddle"] = "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_GrOWLNef+vmtjJYq4mSnHNzvc8uWoJ1I",
        ["elevenlabs"] = "wsec_elevenlabs-webhook-secret",
        ["webflow"] = "webflow-client-secret",
        ["calendly"] = "calendly-signing-key",
    };

    /// <summary>SendGrid's key pair (the app holds the public key) and one for FusionAuth's RS256 tokens.</summary>
    public static readonly WebhookKeyPair SendGridKeys = WebhookKeyPair.CreateEcdsa();

    /// <summary>An RSA key pair whose public key FusionAuth's receiver holds beside its HMAC secret.</summary>
    public static readonly WebhookKeyPair FusionAuthKeys = WebhookKeyPair.CreateRsa();

    /// <summary>The public keys every app built here is configured with, unless the settings name them.</summary>
    public static readonly Dictionary<string, string?> PublicKeys = new()
    {
        ["Webhooks:sendgrid:PublicKey"] = SendGridKeys.PublicKeyBase64,
        ["Webhooks:fusionauth:PublicKey"] = FusionAuthKeys.PublicKey,
    };

    /// <summary>The HTTP Basic providers, whose "secret" above is <c>username:password</c>.</summary>
    public static readonly string[] BasicProviders = ["chargebee", "postmark", "deepgram"];

    public const int MaxBodyBytes = 4096;

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DeliveryLog Log { get; } = new();

    /// <summary>When set, the app's log messages are kept here (otherwise nothing is logged).</summary>
    public RecordedLogs? Logs { get; init; }

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var settings = SecretSettings(Secrets.Keys);
        settings["Webhooks:openai:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await StartAsync(settings);
    }

    /// <summary>Builds the app with <paramref name="settings"/> and starts it, so that <see cref="Client"/> reaches it.</summary>
    public async Task StartAsync(Dictionary<string, string?> settings)
    {
        _app = Build(settings);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>The configuration of these providers' secrets; an HTTP Basic provider's pair as Username and Password.</summary>
    public static Dictionary<string, string?> SecretSettings(IEnumerable<string> providers)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var provider in providers)
        {
            var secret = Secrets[provider];
            var colon = secret.IndexOf(':', StringComparison.Ordinal); // the password may hold more
            if (BasicProviders.Contains(provider))
            {
                settings[$"Webhooks:{provider}:Username"] = secret[..colon];
                settings[$"Webhooks:{provider}:Password"] = secret[(colon + 1)..];
            }
            else
            {
                settings[$"Webhooks:{provider}:Secret"] = secret;
            }
        }

        return settings;
    }

    /// <summary>Builds the app exactly as a user's Program.cs would, with the given configuration.</summary>
    public WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Logs is not null)
        {
            builder.Logging.AddProvider(Logs);
        }

        foreach (var (key, value) in PublicKeys)
        {
            settings.TryAdd(key, value);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(Log);
        builder.Services.AddWebhooks(builder.Configuration);
        builder.Services.AddHealthChecks().AddWebhooks();

        var app = builder.Build();
        app.MapWebhooks();
        return app;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
