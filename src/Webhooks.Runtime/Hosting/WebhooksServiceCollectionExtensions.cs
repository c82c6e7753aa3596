using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Idempotency;

namespace Webhooks.Hosting;

/// <summary>
/// Registration calls that the generated <c>AddWebhooks()</c> makes. Applications call the generated method,
/// not these.
/// </summary>
public static class WebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime's shared services: the clock, the in-memory idempotency store (until a storage call replaces it)
    /// and option validation.
    /// </summary>
    /// <returns>The builder on which the application chooses its storage.</returns>
    public static WebhooksBuilder AddWebhooksRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddOptions<InMemoryIdempotencyStoreOptions>();
        services.TryAddSingleton(new WebhooksConfiguration(configuration));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookProviderOptions>, WebhookProviderOptionsValidator>());
        return new WebhooksBuilder(services, configuration);
    }

    /// <summary>
    /// Adds one generated handler class: the class itself (scoped to the request) and its registration, and
    /// binds its provider's options from <c>Webhooks:{provider}</c>.
    /// </summary>
    public static IServiceCollection AddWebhookHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services,
        WebhookHandlerRegistration registration)
        where THandler : class
    {
        var provider = registration.VerifyingProvider;
        var firstClassOfProvider = !services.Any(d => d.ImplementationInstance is WebhookHandlerRegistration r && r.VerifyingProvider.Name == provider.Name);
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

/// <summary>The configuration <c>AddWebhooks</c> was given, kept for binding provider options.</summary>
internal sealed record WebhooksConfiguration(IConfiguration Root);
