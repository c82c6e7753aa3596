using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Webhooks.MultiAssembly.Handlers;

/// <summary>A handler class of the library; internal, as a library's classes may be.</summary>
[WebhookProvider("github")]
internal partial class LibraryGitHubWebhooks(Deliveries deliveries)
{
    [OnEvent("push")]
    public void OnPush(WebhookContext context) => deliveries.Record(nameof(LibraryGitHubWebhooks), context.WebhookId);
}

/// <summary>Which handler class ran for which delivery, how often.</summary>
public sealed class Deliveries
{
    private readonly ConcurrentDictionary<string, int> _runs = new();

    public void Record(string handler, string? deliveryId) => _runs.AddOrUpdate($"{handler} {deliveryId}", 1, (_, n) => n + 1);

    /// <summary>How often <paramref name="handler"/> ran for the delivery <paramref name="deliveryId"/>.</summary>
    public int Runs(string handler, string deliveryId) => _runs.TryGetValue($"{handler} {deliveryId}", out var n) ? n : 0;
}

/// <summary>What a library with handler classes may offer: its own generated methods, behind names of its own.</summary>
public static class LibraryWebhooks
{
    public const string GitHubClass = nameof(LibraryGitHubWebhooks);

    /// <summary>Calls this library's generated <c>AddWebhooks()</c>.</summary>
    public static IServiceCollection AddLibraryWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWebhooks(configuration);
        return services;
    }

    /// <summary>Calls this library's generated <c>MapWebhooks()</c>.</summary>
    public static RouteGroupBuilder MapLibraryWebhooks(this IEndpointRouteBuilder endpoints) => endpoints.MapWebhooks();
}
