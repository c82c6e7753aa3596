using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Inbox;
using Webhooks.Pipeline;
using Webhooks.Verification;

namespace Webhooks.Hosting;

/// <summary>Maps the registered handler classes to routes. The generated <c>MapWebhooks()</c> calls this.</summary>
public static class WebhooksEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST</c> on each handler class's route. Options are validated here, so that a missing secret
    /// stops the application at start-up with a message that names the key to set.
    /// </summary>
    /// <returns>A group of all webhook routes, for conventions such as <c>RequireHost</c>.</returns>
    public static RouteGroupBuilder MapWebhookHandlers(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var group = endpoints.MapGroup("");
        foreach (var endpoint in CreateEndpoints(services))
        {
            group.MapPost(endpoint.Path, endpoint.HandleAsync)
                .WithDisplayName($"Webhooks {endpoint.Registration.Provider.Name} → {endpoint.Registration.HandlerType.Name}");
        }

        return group;
    }

    internal static List<WebhookEndpoint> CreateEndpoints(IServiceProvider services)
    {
        var optionsMonitor = services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var store = services.GetRequiredService<IWebhookIdempotencyStore>();
        var configuration = services.GetRequiredService<WebhooksConfiguration>().Root;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Webhooks");

        var endpoints = new List<WebhookEndpoint>();
        foreach (var registration in services.GetServices<WebhookHandlerRegistration>())
        {
            var verifying = registration.VerifyingProvider;
            var options = optionsMonitor.Get(verifying.Name); // throws OptionsValidationException naming the key

            // A forwarder's configured Path is not this class's: forwarded classes take the attribute's or their default.
            var path = (registration.Via is null ? options.Path : null) ?? registration.Path ?? registration.DefaultPath;
            if (endpoints.Find(e => string.Equals(e.Path, path, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                throw new InvalidOperationException(
                    $"Webhook handler classes {clash.Registration.HandlerType.FullName} and {registration.HandlerType.FullName} are both mapped to {path}. " +
                    "Give one of them its own route with [WebhookProvider(\"…\", Path = \"/webhooks/…\")].");
            }

            var verifier = WebhookVerifierFactory.Create(verifying, options, clock);
            var queue = IsQueued(registration, configuration) ? CreateQueue(services, registration) : null;
            endpoints.Add(new WebhookEndpoint(registration, path, options, verifier, store, queue, clock, logger));
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
