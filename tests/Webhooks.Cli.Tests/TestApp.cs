using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Webhooks.Testing;
using Microsoft.Extensions.Logging;

namespace Webhooks.Cli.Tests;

/// <summary>
/// The test handlers of every built-in provider on real Kestrel (127.0.0.1, a free port), OpenAI queued on a SQLite file
/// of its own, with the dashboard's admin API mapped: the app the tool's commands run against.
/// </summary>
public sealed class TestApp : IAsyncLifetime
{
    /// <summary>Each provider's secret, in the form that provider issues them.</summary>
    public static readonly Dictionary<string, string> Secrets = new()
    {
        ["openai"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
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
        ["fusionauth"] = "fusionauth-hmac-secret-from-key-master",
        ["sendgrid"] = SendGridKeys.PrivateKey,
        ["gitlab"] = "gitlab-secret-token",
        ["chargebee"] = "chargebee-user:chargebee-password",
        ["postmark"] = "postmark-user:postmark:password",
        ["deepgram"] = "deepgram-user:deepgram-password",
        ["paddle"] = "pdl_ntfset_01hs0t3tw21j988db1pam5xg8m_GrOWLNef+vmtjJYq4mSnHNzvc8uWoJ1I",
        ["elevenlabs"] = "wsec_elevenlabs-webhook-secret",
        ["webflow"] = "webflow-client-secret",
        ["calendly"] = "calendly-signing-key",
    };

    /// <summary>SendGrid signs with the private key (the tool's --secret); the app holds the public key.</summary>
    private static WebhookKeyPair SendGridKeys => s_sendGridKeys ??= WebhookKeyPair.CreateEcdsa();

    private static WebhookKeyPair? s_sendGridKeys;

    private WebApplication? _app;

    public DeliveryLog Log { get; } = new();

    /// <summary>The app's base URL, such as http://127.0.0.1:43117.</summary>
    public string Url { get; private set; } = "";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "webhooks-cli-tests", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = Secrets.Where(s => s.Key != "sendgrid").ToDictionary(s => $"Webhooks:{s.Key}:Secret", s => (string?)s.Value);
        settings["Webhooks:sendgrid:PublicKey"] = SendGridKeys.PublicKeyBase64;
        foreach (var basic in new[] { "chargebee", "postmark", "deepgram" })
        {
            // HTTP Basic: the signer's "username:password" is a pair on the receiver (split at the first ':').
            var colon = Secrets[basic].IndexOf(':', StringComparison.Ordinal);
            settings[$"Webhooks:{basic}:Username"] = Secrets[basic][..colon];
            settings[$"Webhooks:{basic}:Secret"] = Secrets[basic][(colon + 1)..];
        }

        settings["Webhooks:Inbox:RetrySchedule"] = "none"; // a failing delivery is dead after one attempt
        settings["Webhooks:Inbox:PollInterval"] = "0.05";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(Log);
        builder.Services.AddWebhooks(builder.Configuration)
            .UseSqliteStorage($"Data Source={Path.Combine(Folder, "webhooks.db")}");

        _app = builder.Build();
        _app.MapWebhooks();
        _app.MapWebhooksDashboard();
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One app for the send, sign and verify tests, which never look at the inbox's counts.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<TestApp>
{
    public const string Name = "app";
}
