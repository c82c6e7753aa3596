using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Hosting;
using Webhooks.Idempotency;

namespace Webhooks.Infrastructure;

/// <summary>
/// Registration calls that the generated <c>AddWebhooks()</c> makes. Applications call the generated method,
/// not these. Every call is idempotent: however many assemblies' <c>AddWebhooks()</c> run, and however often, the
/// runtime is added once and each handler class once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime's shared services: the clock, the in-memory idempotency store (until a storage call replaces it)
    /// and option validation. The configuration of the first call is the one providers bind from.
    /// </summary>
    /// <returns>The builder on which the application chooses its storage.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static WebhooksBuilder AddWebhooksRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<Telemetry.WebhookMetrics>();
        services.TryAddSingleton<IWebhookIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddOptions<InMemoryIdempotencyStoreOptions>();
        services.TryAddSingleton(new WebhooksConfiguration(configuration));
        services.TryAddSingleton<WebhookRoutes>();
        services.TryAddSingleton<Verification.Jwt.JwksKeySources>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookProviderOptions>, WebhookProviderOptionsValidator>());
        return new WebhooksBuilder(services, configuration);
    }

    /// <summary>
    /// Adds one generated handler class: the class itself (scoped to the request) and its registration, and
    /// binds its provider's options from <c>Webhooks:{provider}</c>. A class that is already registered (by another
    /// assembly's <c>AddWebhooks()</c>, or by an earlier call) is left as it is.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IServiceCollection AddWebhookHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services,
        WebhookHandlerRegistration registration)
        where THandler : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registration);
        var provider = registration.VerifyingProvider;
        var firstClassOfProvider = true;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType != typeof(WebhookHandlerRegistration) || descriptor.ImplementationInstance is not WebhookHandlerRegistration registered)
            {
                continue;
            }

            if (registered.HandlerType == registration.HandlerType)
            {
                return services;
            }

            firstClassOfProvider &= registered.VerifyingProvider.Name != provider.Name;
        }

        services.TryAddScoped<THandler>();
        services.AddSingleton(registration);

        // Each provider's options are bound once, however many handler classes it has.
        if (firstClassOfProvider)
        {
            services.AddOptions<WebhookProviderOptions>(provider.Name)
                .Configure<WebhooksConfiguration>((options, config) => WebhookConfigurationReader.Apply(config.Root, provider, options))
                .ValidateOnStart();
        }

        return services;
    }
}
