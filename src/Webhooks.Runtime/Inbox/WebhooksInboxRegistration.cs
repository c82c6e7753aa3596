using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Webhooks.Hosting;
using Webhooks.Idempotency;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>The services a durable storage brings: the store, the dedupe through it, and the inbox that runs on it.</summary>
internal static class WebhooksInboxRegistration
{
    public static void Add(IServiceCollection services, Func<IServiceProvider, IWebhookInboxStore> store)
    {
        // A second storage call replaces the first: one app, one inbox.
        services.RemoveAll<IWebhookInboxStore>();
        services.AddSingleton(store);
        services.RemoveAll<IWebhookIdempotencyStore>();
        services.AddSingleton<IWebhookIdempotencyStore, DurableIdempotencyStore>();

        services.AddOptions<WebhookInboxOptions>()
            .Configure<WebhooksConfiguration>((options, config) => WebhookInboxOptionsReader.Apply(config.Root, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookInboxOptions>, WebhookInboxOptionsValidator>());
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton<InboxWriter>();
        services.TryAddSingleton<InboxAttempt>();
        services.TryAddSingleton<InboxProcessor>();
        services.TryAddSingleton<InboxSweeper>();
        services.TryAddSingleton<InboxMonitor>();
        services.TryAddSingleton(sp => new WebhookInbox(sp.GetRequiredService<IWebhookInboxStore>(), sp.GetRequiredService<InboxSignal>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, InboxHostedService>());
    }
}
