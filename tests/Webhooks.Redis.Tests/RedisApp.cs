using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Webhooks.Testing;

namespace Webhooks.Redis.Tests;

/// <summary>An app instance on real Kestrel (127.0.0.1) whose inline dedupe is on Redis.</summary>
public sealed class RedisApp : IAsyncDisposable
{
    public const string Secret = "It's a Secret to Everybody";
    private static readonly WebhookSigner Signer = new("github", Secret);
    private readonly WebApplication _app;

    private RedisApp(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }

    public static async Task<RedisApp> StartAsync(RedisServer redis, RunLog log)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:github:Secret"] = Secret });
        builder.Services.AddSingleton(log);
        builder.Services.AddWebhooks(builder.Configuration).UseRedisDeduplication(redis.Configuration);
        var app = builder.Build();
        app.MapWebhooks();
        await app.StartAsync();
        return new RedisApp(app);
    }

    public async Task<HttpStatusCode> Ping(string deliveryId)
    {
        using var response = await Client.SendAsync(Signer.CreateRequest("/webhooks/github", """{"zen":"Avoid administrative distraction."}""", webhookId: deliveryId, eventType: "ping"));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
