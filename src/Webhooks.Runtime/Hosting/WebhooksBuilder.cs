using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;

namespace Webhooks.Hosting;

/// <summary>What <c>AddWebhooks()</c> returns: the place to choose the storage (<c>UseSqliteStorage()</c>, <c>UsePostgreSqlStorage(…)</c>).</summary>
public sealed class WebhooksBuilder
{
    /// <summary>The configuration key whose value, when set, replaces the connection string given to a storage call.</summary>
    public const string ConnectionStringKey = "Webhooks:Storage:ConnectionString";

    internal WebhooksBuilder(IServiceCollection services, IConfiguration configuration)
    {
        Services = services;
        Configuration = configuration;
    }

    /// <summary>The application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The configuration <c>AddWebhooks()</c> was given.</summary>
    public IConfiguration Configuration { get; }

    /// <summary><c>Webhooks:Storage:ConnectionString</c> when it is set, otherwise <paramref name="given"/>.</summary>
    public string? ConnectionString(string? given) =>
        Configuration[ConnectionStringKey] is { Length: > 0 } configured ? configured : given;

    /// <summary>
    /// Makes <paramref name="store"/> the durable storage: queued providers store their deliveries in it and every
    /// provider dedupes through it. Storage packages call this; applications call their <c>Use…Storage()</c>.
    /// </summary>
    public WebhooksBuilder UseStorage(Func<IServiceProvider, IWebhookInboxStore> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        WebhooksInboxRegistration.Add(Services, store);
        return this;
    }
}
