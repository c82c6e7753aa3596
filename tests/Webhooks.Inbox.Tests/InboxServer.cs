using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Webhooks.Hosting;
using Webhooks.Testing;

namespace Webhooks.Inbox.Tests;

/// <summary>
/// The test handlers on real Kestrel (127.0.0.1, a free port) with the inbox on a real SQLite file in a folder of its
/// own; a second server can be started on the same folder, as a restart or a second instance.
/// </summary>
public sealed class InboxServer : IAsyncDisposable
{
    public const string OpenAISecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string GitHubSecret = "It's a Secret to Everybody";
    public const string StripeSecret = "whsec_stripe_is_used_verbatim";

    private readonly WebApplication _app;

    private InboxServer(WebApplication app, string folder, HandlerLog log)
    {
        _app = app;
        Folder = folder;
        Log = log;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "webhooks.db");

    public HandlerLog Log { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public WebhookInbox Inbox => Services.GetRequiredService<WebhookInbox>();

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "webhooks-inbox-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Starts a server; <paramref name="settings"/> add to (or replace) the fast defaults below.</summary>
    public static async Task<InboxServer> StartAsync(
        string? folder = null,
        HandlerLog? log = null,
        Dictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        Action<WebhooksBuilder>? storage = null,
        TimeSpan? shutdownTimeout = null,
        CapturedLogs? logs = null,
        Action<IServiceCollection>? services = null)
    {
        folder ??= NewFolder();
        log ??= new HandlerLog();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:openai:Secret"] = OpenAISecret,
            ["Webhooks:github:Secret"] = GitHubSecret,
            ["Webhooks:stripe:Secret"] = StripeSecret,
            ["Webhooks:Inbox:PollInterval"] = "0.05",
            ["Webhooks:Inbox:RetrySchedule:0"] = "0.05",
            ["Webhooks:Inbox:RetrySchedule:1"] = "0.05",
            ["Webhooks:Inbox:RetrySchedule:2"] = "0.05",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        if (shutdownTimeout is { } timeout)
        {
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        }

        builder.Services.AddSingleton(log);
        var webhooks = builder.Services.AddWebhooks(builder.Configuration);
        (storage ?? (w => w.UseSqliteStorage()))(webhooks);

        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapWebhooks();
        await app.StartAsync();
        return new InboxServer(app, folder, log);
    }

    public Task<HttpResponseMessage> SendOpenAI(string eventType, string dataId, string? webhookId = null, TimeProvider? clock = null) =>
        Client.SendAsync(new WebhookSigner("openai", OpenAISecret, clock).CreateRequest(
            "/webhooks/openai", OpenAIBody(eventType, dataId), webhookId: webhookId ?? "msg_" + dataId));

    public static string OpenAIBody(string eventType, string dataId) =>
        $$$"""{"id":"evt_{{{dataId}}}","object":"event","created_at":1719168000,"type":"{{{eventType}}}","data":{"id":"{{{dataId}}}"}}""";

    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntil(Func<Task<bool>> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task WaitUntil(Func<bool> condition, string what, double seconds = 15) => WaitUntil(() => Task.FromResult(condition()), what, seconds);

    /// <summary>The one stored delivery with this OpenAI webhook id.</summary>
    public async Task<InboxDeliverySummary?> Find(string webhookId)
    {
        var page = await Inbox.ListAsync(new InboxFilter { Provider = "openai" }, limit: 500);
        return page.SingleOrDefault(d => d.DeliveryId == webhookId);
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
