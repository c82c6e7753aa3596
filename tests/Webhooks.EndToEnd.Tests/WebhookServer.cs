using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

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
        ["acme"] = "acme-signing-secret",
        ["paddle"] = "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_GrOWLNef+vmtjJYq4mSnHNzvc8uWoJ1I",
        ["elevenlabs"] = "wsec_elevenlabs-webhook-secret",
        ["webflow"] = "webflow-client-secret",
        ["calendly"] = "calendly-signing-key",
    };
    public const int MaxBodyBytes = 4096;

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DeliveryLog Log { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var settings = Secrets.ToDictionary(s => $"Webhooks:{s.Key}:Secret", s => (string?)s.Value);
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

    /// <summary>Builds the app exactly as a user's Program.cs would, with the given configuration.</summary>
    public WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(Log);
        builder.Services.AddWebhooks(builder.Configuration);

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
