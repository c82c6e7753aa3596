using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Webhooks.Infrastructure;
using Webhooks.MultiAssembly.Handlers;
using Webhooks.Testing;

namespace Webhooks.MultiAssembly.Tests;

/// <summary>A handler class of the app; the library has another.</summary>
[WebhookProvider("stripe")]
public partial class AppStripeWebhooks(Deliveries deliveries)
{
    [OnEvent("invoice.paid")]
    public void OnPaid(WebhookContext context) => deliveries.Record(nameof(AppStripeWebhooks), context.WebhookId);
}

/// <summary>
/// Handler classes in the app and in a class library: <c>AddWebhooks()</c>/<c>MapWebhooks()</c>, called as the README
/// says, map every class exactly once, whichever assembly's generated methods are called and however often.
/// </summary>
public sealed class SeveralAssembliesTests
{
    private const string GitHubSecret = "library-github-secret";
    private const string StripeSecret = "whsec_app_stripe_secret";

    [Fact]
    public async Task The_apps_AddWebhooks_and_MapWebhooks_map_the_classes_of_the_app_and_of_the_library()
    {
        await using var app = await Start(services => services.AddWebhooks(Configuration(services)), endpoints => endpoints.MapWebhooks());

        Assert.Equal(["/webhooks/github", "/webhooks/stripe"], Routes(app));
        Assert.Equal(2, app.Services.GetServices<WebhookHandlerRegistration>().Count());
        await AssertEachHandlerRunsOnce(app);
    }

    [Fact]
    public async Task Every_assemblys_generated_methods_called_several_times_map_each_class_once()
    {
        await using var app = await Start(
            services =>
            {
                var configuration = Configuration(services);
                services.AddLibraryWebhooks(configuration);
                services.AddWebhooks(configuration);
                services.AddWebhooks(configuration);
                services.AddLibraryWebhooks(configuration);
            },
            endpoints =>
            {
                endpoints.MapWebhooks();
                endpoints.MapLibraryWebhooks();
                endpoints.MapWebhooks();
            });

        Assert.Equal(["/webhooks/github", "/webhooks/stripe"], Routes(app));
        Assert.Equal(2, app.Services.GetServices<WebhookHandlerRegistration>().Count());
        await AssertEachHandlerRunsOnce(app);
    }

    [Fact]
    public async Task The_librarys_own_methods_know_the_library_only()
    {
        // A library can't know the app that references it: its AddWebhooks() registers its own classes (and those of what it references).
        await using var app = await Start(services => services.AddLibraryWebhooks(Configuration(services)), endpoints => endpoints.MapLibraryWebhooks());

        Assert.Equal(["/webhooks/github"], Routes(app));
    }

    [Fact]
    public async Task Two_classes_of_two_assemblies_on_one_route_stop_the_app_at_start_up()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Start(
            services => services.AddWebhooks(Configuration(services, ("Webhooks:stripe:Path", "/webhooks/github"))),
            endpoints => endpoints.MapWebhooks()));

        Assert.Equal(
            $"Webhook handler classes {typeof(AppStripeWebhooks).FullName} and Webhooks.MultiAssembly.Handlers.{LibraryWebhooks.GitHubClass} are both mapped to /webhooks/github. " +
            "Give one of them its own route with [WebhookProvider(\"…\", Path = \"/webhooks/…\")].",
            error.Message);
    }

    private static async Task AssertEachHandlerRunsOnce(WebApplication app)
    {
        var deliveries = app.Services.GetRequiredService<Deliveries>();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };

        var push = Guid.NewGuid().ToString();
        using (var response = await client.SendAsync(new WebhookSigner("github", GitHubSecret).CreateRequest("/webhooks/github", """{"ref":"refs/heads/main"}""", push, eventType: "push")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var invoice = "evt_" + Guid.NewGuid().ToString("N");
        using (var response = await client.SendAsync(new WebhookSigner("stripe", StripeSecret).CreateRequest(
            "/webhooks/stripe", $$$$"""{"id":"{{{{invoice}}}}","object":"event","type":"invoice.paid","data":{"object":{"id":"in_1","object":"invoice"}}}""")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, deliveries.Runs(LibraryWebhooks.GitHubClass, push));
        Assert.Equal(1, deliveries.Runs(nameof(AppStripeWebhooks), invoice));
    }

    private static IConfiguration Configuration(IServiceCollection services, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Webhooks:github:Secret"] = GitHubSecret, ["Webhooks:stripe:Secret"] = StripeSecret };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static async Task<WebApplication> Start(Action<IServiceCollection> addWebhooks, Action<WebApplication> mapWebhooks)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Deliveries>();
        addWebhooks(builder.Services);
        var app = builder.Build();
        try
        {
            mapWebhooks(app);
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    // Every POST route of the app, once per endpoint: a class mapped twice would show its route twice.
    private static List<string> Routes(WebApplication app) =>
        [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText!).Order(StringComparer.Ordinal)];
}
