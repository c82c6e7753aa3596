using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Dashboard;

/// <summary>
/// Who may open the dashboard: whoever an authorization policy on its endpoints allows (the authorization middleware
/// has decided by the time this runs), or else only local requests, as Hangfire's dashboard: from a loopback address,
/// not forwarded by a proxy, and addressed to a loopback host (so that a page whose DNS name was rebound to 127.0.0.1
/// can't reach it).
/// </summary>
internal static class DashboardAccess
{
    public const string LocalOnlyMessage =
        "The webhooks dashboard answers local requests only. Open it to others with an authorization policy: " +
        "app.MapWebhooksDashboard().RequireAuthorization(\"policy\"), or the AuthorizationPolicy option.";

    public static RequestDelegate Guard(RequestDelegate next) => context =>
        IsAllowed(context) ? next(context) : DashboardResults.Error(context, StatusCodes.Status403Forbidden, LocalOnlyMessage);

    public static bool IsAllowed(HttpContext context) => HasPolicy(context.GetEndpoint()) || IsLocal(context);

    // A policy on the endpoint that the authorization middleware enforced (it skips endpoints that allow anonymous users).
    private static bool HasPolicy(Endpoint? endpoint) =>
        endpoint is not null
        && (endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null)
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    public static bool IsLocal(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        var headers = context.Request.Headers;
        return IPAddress.IsLoopback(remote)
            && !headers.ContainsKey("X-Forwarded-For")
            && !headers.ContainsKey("Forwarded")
            && IsLoopbackHost(context.Request.Host.Host);
    }

    private static bool IsLoopbackHost(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
