using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Webhooks.Inbox.Storage;

namespace Webhooks.Durability.Tests;

/// <summary>The in-process handlers on real Kestrel (127.0.0.1, a free port), as a user's Program.cs would host them.</summary>
public sealed class InProcessHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessHost(WebApplication app) => _app = app;

    public RunLog Runs => _app.Services.GetRequiredService<RunLog>();

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the app with <paramref name="settings"/>, on the store <paramref name="store"/> makes.</summary>
    public static async Task<InProcessHost> StartAsync(Dictionary<string, string?> settings, Func<IServiceProvider, IWebhookInboxStore> store)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<RunLog>();
        builder.Services.AddWebhooks(builder.Configuration).UseStorage(store);

        var app = builder.Build();
        app.MapWebhooks();
        await app.StartAsync();
        var host = new InProcessHost(app)
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()),
        };
        return host;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
