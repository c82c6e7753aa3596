using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Hosting;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Pipeline;
using Webhooks.Telemetry;
using Webhooks.Verification;

namespace Webhooks.Infrastructure;

/// <summary>
/// Maps the registered handler classes to routes. The generated <c>MapWebhooks()</c> calls this; applications call
/// the generated method, not this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhooksEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST</c> on the route of each registered handler class that isn't mapped yet: every class is mapped once,
    /// however many assemblies' <c>MapWebhooks()</c> run. Options are validated here, so that a missing secret stops
    /// the application at start-up with a message that names the key to set.
    /// </summary>
    /// <returns>A group of the webhook routes this call mapped, for conventions such as <c>RequireHost</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static RouteGroupBuilder MapWebhookHandlers(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var routes = services.GetService<WebhookRoutes>() ?? throw new InvalidOperationException(
            "MapWebhooks() found no webhook services: call builder.Services.AddWebhooks(builder.Configuration) first.");
        var group = endpoints.MapGroup("");
        lock (routes)
        {
            foreach (var endpoint in CreateEndpoints(services, routes.Mapped))
            {
                group.MapPost(endpoint.Path, endpoint.HandleAsync)
                    .WithDisplayName($"Webhooks {endpoint.Registration.Provider.Name} → {endpoint.Registration.HandlerType.Name}");
                routes.Mapped.Add(endpoint);
            }
        }

        return group;
    }

    // The endpoints of the registered classes that aren't in mapped yet; a route taken by two classes (mapped now or
    // before) stops the app.
    private static List<WebhookEndpoint> CreateEndpoints(IServiceProvider services, List<WebhookEndpoint> mapped)
    {
        var optionsMonitor = services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var store = services.GetRequiredService<IWebhookIdempotencyStore>();
        var configuration = services.GetRequiredService<WebhooksConfiguration>().Root;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Webhooks");
        var metrics = services.GetRequiredService<WebhookMetrics>();
        var jwks = services.GetRequiredService<Verification.Jwt.JwksKeySources>();

        var endpoints = new List<WebhookEndpoint>();
        foreach (var registration in services.GetServices<WebhookHandlerRegistration>())
        {
            if (mapped.Exists(e => e.Registration.HandlerType == registration.HandlerType))
            {
                continue;
            }

            var verifying = registration.VerifyingProvider;
            var options = optionsMonitor.Get(verifying.Name); // throws OptionsValidationException naming the key

            // A forwarder's configured Path is not this class's: forwarded classes take the attribute's or their default.
            var path = (registration.Via is null ? options.Path : null) ?? registration.Path ?? registration.DefaultPath;
            bool SamePath(WebhookEndpoint e) => string.Equals(e.Path, path, StringComparison.OrdinalIgnoreCase);
            if ((mapped.Find(SamePath) ?? endpoints.Find(SamePath)) is { } clash)
            {
                throw new InvalidOperationException(
                    $"Webhook handler classes {clash.Registration.HandlerType.FullName} and {registration.HandlerType.FullName} are both mapped to {path}. " +
                    "Give one of them its own route with [WebhookProvider(\"…\", Path = \"/webhooks/…\")].");
            }

            var verifier = WebhookVerifierFactory.Create(verifying, options, clock, jwks);
            var queue = IsQueued(registration, configuration) ? CreateQueue(services, registration) : null;
            var answers = new WebhookAnswers(registration.Provider.Name, path, registration.Provider.NoRetryHeader, metrics, clock, logger, verifier.Challenge);
            endpoints.Add(new WebhookEndpoint(registration, path, options, verifier, store, queue, answers, metrics, clock));
        }

        return endpoints;
    }

    private static bool IsQueued(WebhookHandlerRegistration registration, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        (WebhookConfigurationReader.ReadProcessing(configuration, registration.Provider.Name) ?? registration.Processing) == WebhookProcessing.Queued;

    // Nothing is ever silently not durable: a queued provider without a storage stops the app here, at start-up.
    private static QueuedReceiver CreateQueue(IServiceProvider services, WebhookHandlerRegistration registration)
    {
        var writer = services.GetService<InboxWriter>() ?? throw new InvalidOperationException(
            $"Webhook provider '{registration.Provider.Name}' ({registration.HandlerType.FullName}) is Queued, which needs durable storage: " +
            "call .UseSqliteStorage() (package Webhooks.Storage.Sqlite) or .UsePostgreSqlStorage(connectionString) (package Webhooks.Storage.PostgreSql) " +
            $"on what AddWebhooks(…) returns (UseRedisDeduplication only deduplicates inline providers), " +
            $"or set {WebhookConfigurationReader.SectionPath(registration.Provider.Name)}:Processing to Inline.");
        var jsonBody = registration.Provider.EventType.Kind == Providers.ValueSourceKind.JsonPath;
        return new QueuedReceiver(registration, writer, services.GetRequiredService<TimeProvider>(), jsonBody);
    }
}

/// <summary>The endpoints mapped so far in this application, so that a second <c>MapWebhooks()</c> maps nothing twice.</summary>
internal sealed class WebhookRoutes
{
    public List<WebhookEndpoint> Mapped { get; } = [];
}
