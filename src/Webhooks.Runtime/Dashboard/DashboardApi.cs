using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Inbox;
using Webhooks.Telemetry;

namespace Webhooks.Dashboard;

/// <summary>
/// The JSON admin API under <c>{path}/api</c>, on <see cref="WebhookInbox"/>: overview, list, detail, replay, purge.
/// Without durable storage every call answers 404 saying so.
/// </summary>
internal sealed class DashboardApi(IServiceProvider services)
{
    public const string NoStorageMessage =
        "This app has no durable storage, so nothing is queued to show: call .UseSqliteStorage() or .UsePostgreSqlStorage(…) on what AddWebhooks(…) returns.";

    /// <summary>The most deliveries one <c>POST api/replay</c> replays.</summary>
    public const int MaxReplay = 100_000;

    private readonly WebhookInbox? _inbox = services.GetService<WebhookInbox>();
    private readonly WebhookMetrics? _metrics = services.GetService<WebhookMetrics>();
    private readonly string[] _providers = services.GetServices<WebhookHandlerRegistration>().Select(r => r.Provider.Name).Distinct().ToArray();

    public async Task OverviewAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        var counts = await inbox.CountAsync(context.RequestAborted);
        var rejections = (_metrics?.Rejections() ?? []).Select(r => new RejectionCount(r.Provider, r.Reason, r.Count)).ToList();
        await DashboardResults.Json(context, new OverviewResponse(DashboardMapper.Overview(_providers, counts), rejections), DashboardJsonContext.Default.OverviewResponse);
    }

    public async Task ListAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        if (DashboardFilters.TryRead(context.Request.Query, out var filter, out var before, out var limit) is { } error)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, error);
            return;
        }

        var page = await inbox.ListAsync(filter, before, limit, context.RequestAborted);
        var next = page.Count == limit ? page[^1].Id : (long?)null;
        await DashboardResults.Json(context, new DeliveryPage(page.Select(DashboardMapper.Item).ToList(), next), DashboardJsonContext.Default.DeliveryPage);
    }

    public async Task GetAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        var id = RouteId(context);
        if (await inbox.GetAsync(id, context.RequestAborted) is not { } delivery)
        {
            await NotFound(context, id);
            return;
        }

        await DashboardResults.Json(context, DashboardMapper.Detail(delivery), DashboardJsonContext.Default.DeliveryDetail);
    }

    public async Task ReplayOneAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        if (!context.Request.HasJsonContentType())
        {
            await NotJson(context);
            return;
        }

        var id = RouteId(context);
        if (await inbox.ReplayAsync(id, context.RequestAborted))
        {
            await DashboardResults.Json(context, new ReplayedOne(true), DashboardJsonContext.Default.ReplayedOne);
        }
        else if (await inbox.GetAsync(id, context.RequestAborted) is null)
        {
            await NotFound(context, id);
        }
        else
        {
            // The store replays any row but one that a worker holds.
            await DashboardResults.Error(context, StatusCodes.Status409Conflict, $"Delivery {id} is being processed; replay it once its attempt ends.");
        }
    }

    public async Task ReplayAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        if (await ReadFilterAsync(context) is not { } request)
        {
            return;
        }

        if (request.Body.Max is not { } max || max < 1 || max > MaxReplay)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, $"max is required: how many deliveries to replay at most, from 1 to {MaxReplay}.");
            return;
        }

        var replayed = await inbox.ReplayAsync(request.Filter, max, cancellationToken: context.RequestAborted);
        await DashboardResults.Json(context, new ReplayedCount(replayed), DashboardJsonContext.Default.ReplayedCount);
    }

    public async Task PurgeAsync(HttpContext context)
    {
        if (_inbox is not { } inbox)
        {
            await NoStorage(context);
            return;
        }

        if (await ReadFilterAsync(context) is not { } request)
        {
            return;
        }

        if (request.Body.Max is not null)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, "purge takes no max: it deletes every delivery that matches the filter.");
            return;
        }

        // A slip (an empty or mistyped body) must not delete everything: a purge names at least a status.
        if (request.Filter.Status is null)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, "purge needs at least a status (such as \"status\":\"dead\"), so that it never deletes everything by mistake.");
            return;
        }

        var purged = await inbox.PurgeAsync(request.Filter, context.RequestAborted);
        await DashboardResults.Json(context, new PurgedCount(purged), DashboardJsonContext.Default.PurgedCount);
    }

    // The body of a replay or purge, or null once an error has been answered.
    private static async Task<(FilterBody Body, InboxFilter Filter)?> ReadFilterAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
        {
            await NotJson(context);
            return null;
        }

        FilterBody? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync(DashboardJsonContext.Default.FilterBody, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, "The body is not a filter (a JSON object of provider, eventType, status, from, to and, to replay, max): " + exception.Message);
            return null;
        }

        if (body is null)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, "The body must be a JSON object such as {\"status\":\"dead\"}.");
            return null;
        }

        if (DashboardFilters.TryRead(body, out var filter) is { } error)
        {
            await DashboardResults.Error(context, StatusCodes.Status400BadRequest, error);
            return null;
        }

        return (body, filter);
    }

    private static long RouteId(HttpContext context) => long.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);

    private static Task NoStorage(HttpContext context) => DashboardResults.Error(context, StatusCodes.Status404NotFound, NoStorageMessage);

    private static Task NotFound(HttpContext context, long id) => DashboardResults.Error(context, StatusCodes.Status404NotFound, $"There is no delivery {id}.");

    private static Task NotJson(HttpContext context) =>
        DashboardResults.Error(context, StatusCodes.Status415UnsupportedMediaType, "POST with Content-Type: application/json.");
}
