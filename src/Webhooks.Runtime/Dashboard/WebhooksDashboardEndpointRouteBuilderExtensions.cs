using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Webhooks.Dashboard;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the webhooks dashboard: <c>app.MapWebhooksDashboard()</c>.</summary>
public static class WebhooksDashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the dashboard page at <paramref name="path"/> and its JSON admin API under <c>{path}/api</c>: deliveries of
    /// the durable inbox, their detail, replay and purge, and rejection counts. Local requests only (loopback, not
    /// forwarded by a proxy) unless an authorization policy applies: call <c>RequireAuthorization(policy)</c> on the
    /// returned builder to open it to those the policy allows.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="path">The page's path; <c>/webhooks/dashboard</c> by default.</param>
    /// <returns>The group of the dashboard's endpoints, for conventions such as <c>RequireAuthorization</c> or <c>RequireHost</c>.</returns>
    public static RouteGroupBuilder MapWebhooksDashboard(this IEndpointRouteBuilder endpoints, string path = WebhooksDashboardOptions.DefaultPath) =>
        endpoints.MapWebhooksDashboard(options => options.Path = path);

    /// <summary>
    /// Maps the dashboard page and its JSON admin API with <paramref name="configure"/>'s options: its path, and an
    /// authorization policy that replaces the local-only rule.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The group of the dashboard's endpoints, for conventions such as <c>RequireAuthorization</c> or <c>RequireHost</c>.</returns>
    public static RouteGroupBuilder MapWebhooksDashboard(this IEndpointRouteBuilder endpoints, Action<WebhooksDashboardOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new WebhooksDashboardOptions();
        configure(options);
        var path = NormalizePath(options.Path);

        var api = new DashboardApi(endpoints.ServiceProvider);
        var group = endpoints.MapGroup(path);
        Map(group.MapGet("", DashboardAccess.Guard(DashboardPage.ServeAsync)), "page");
        Map(group.MapGet("api/overview", DashboardAccess.Guard(api.OverviewAsync)), "overview");
        Map(group.MapGet("api/deliveries", DashboardAccess.Guard(api.ListAsync)), "list deliveries");
        Map(group.MapGet("api/deliveries/{id:long}", DashboardAccess.Guard(api.GetAsync)), "delivery");
        Map(group.MapPost("api/deliveries/{id:long}/replay", DashboardAccess.Guard(api.ReplayOneAsync)), "replay a delivery");
        Map(group.MapPost("api/replay", DashboardAccess.Guard(api.ReplayAsync)), "replay deliveries");
        Map(group.MapPost("api/purge", DashboardAccess.Guard(api.PurgeAsync)), "purge deliveries");

        if (options.AuthorizationPolicy is { } policy)
        {
            group.RequireAuthorization(policy);
        }

        return group;
    }

    private static void Map(IEndpointConventionBuilder endpoint, string name) => endpoint.WithDisplayName("Webhooks dashboard: " + name);

    private static string NormalizePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path[0] != '/')
        {
            throw new ArgumentException($"The dashboard's path must start with '/' (got '{path}').", nameof(path));
        }

        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }
}
