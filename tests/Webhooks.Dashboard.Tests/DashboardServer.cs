using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Webhooks.Testing;

namespace Webhooks.Dashboard.Tests;

/// <summary>
/// The test handlers and the dashboard on real Kestrel (127.0.0.1, a free port), the inbox on a real SQLite file in a
/// folder of its own, with a fast retry schedule: a failing delivery is dead after its second attempt.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    public const string OpenAISecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string StripeSecret = "whsec_stripe_is_used_verbatim";

    /// <summary>A request with this header comes, as far as the app can tell, from that address (as if over the network).</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, HandlerSwitches switches)
    {
        _app = app;
        Switches = switches;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Client = new HttpClient { BaseAddress = Address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public HandlerSwitches Switches { get; }

    public IServiceProvider Services => _app.Services;

    public WebhookInbox Inbox => _app.Services.GetRequiredService<WebhookInbox>();

    /// <summary>
    /// Starts a server. <paramref name="map"/> maps the dashboard (by default <c>app.MapWebhooksDashboard()</c>);
    /// without <paramref name="storage"/>, both providers run inline and the app has no inbox.
    /// </summary>
    public static async Task<DashboardServer> StartAsync(
        bool storage = true,
        Action<IEndpointRouteBuilder>? map = null,
        Action<IServiceCollection>? services = null,
        Dictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "webhooks-dashboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:openai:Secret"] = OpenAISecret,
            ["Webhooks:stripe:Secret"] = StripeSecret,
            ["Webhooks:Inbox:PollInterval"] = "0.05",
            ["Webhooks:Inbox:RetrySchedule:0"] = "0.05",
        });
        if (!storage)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Webhooks:openai:Processing"] = "Inline",
                ["Webhooks:stripe:Processing"] = "Inline",
            });
        }

        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var switches = new HandlerSwitches();
        builder.Services.AddSingleton(switches);
        var webhooks = builder.Services.AddWebhooks(builder.Configuration);
        if (storage)
        {
            webhooks.UseSqliteStorage();
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return next(context);
        });
        app.MapWebhooks();
        (map ?? (e => e.MapWebhooksDashboard()))(app);
        await app.StartAsync();
        return new DashboardServer(app, switches);
    }

    public Task<HttpResponseMessage> SendOpenAI(string dataId, string eventType = "batch.completed") =>
        Client.SendAsync(new WebhookSigner("openai", OpenAISecret).CreateRequest(
            "/webhooks/openai",
            $$$"""{"id":"evt_{{{dataId}}}","object":"event","created_at":1719168000,"type":"{{{eventType}}}","data":{"id":"{{{dataId}}}"}}""",
            webhookId: "msg_" + dataId));

    public Task<HttpResponseMessage> SendStripe(string eventId) =>
        Client.SendAsync(new WebhookSigner("stripe", StripeSecret).CreateRequest(
            "/webhooks/stripe",
            "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":1719168000,\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\"}}}"));

    /// <summary>Sends an OpenAI delivery whose handler always fails, and waits until it is dead; returns its inbox id.</summary>
    public async Task<long> DeadLetter(string dataId, string errorAddition = "")
    {
        Switches.Failing[dataId] = errorAddition;
        using var response = await SendOpenAI(dataId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dead = await WaitFor(dataId, InboxStatus.Dead);
        return dead.Id;
    }

    /// <summary>Waits until the OpenAI delivery of <paramref name="dataId"/> is in <paramref name="status"/>.</summary>
    public async Task<InboxDeliverySummary> WaitFor(string dataId, InboxStatus status, int minAttempts = 0, double seconds = 15)
    {
        InboxDeliverySummary? found = null;
        await WaitUntil(async () =>
        {
            var page = await Inbox.ListAsync(new InboxFilter { Provider = "openai" }, limit: 500);
            found = page.SingleOrDefault(d => d.DeliveryId == "msg_" + dataId && d.Status == status && d.Attempts >= minAttempts);
            return found is not null;
        }, $"msg_{dataId} is {status}", seconds);
        return found!;
    }

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

    public async Task<(HttpStatusCode Status, JsonElement Json)> GetJson(string path, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        change?.Invoke(request);
        return await Read(await Client.SendAsync(request));
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> PostJson(string path, string? body = "{}", string contentType = "application/json", Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        change?.Invoke(request);
        return await Read(await Client.SendAsync(request));
    }

    private static async Task<(HttpStatusCode, JsonElement)> Read(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var isJson = response.Content.Headers.ContentType?.MediaType == "application/json";
            var json = isJson ? JsonDocument.Parse(text).RootElement.Clone() : default;
            return (response.StatusCode, json);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
