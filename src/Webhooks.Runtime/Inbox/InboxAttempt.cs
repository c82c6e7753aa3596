using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;
using Webhooks.Telemetry;

namespace Webhooks.Inbox;

/// <summary>
/// One attempt at a claimed delivery: the <see cref="WebhookContext"/> rebuilt from what was stored, the same generated
/// dispatch as inline, and the outcome the schedule gives. Each attempt is a <c>webhooks.process</c> span linked to the
/// span that received the delivery.
/// </summary>
internal sealed class InboxAttempt(
    IServiceScopeFactory scopes,
    IEnumerable<WebhookHandlerRegistration> registrations,
    IOptions<WebhookInboxOptions> options,
    WebhookMetrics metrics,
    TimeProvider clock)
{
    private readonly Dictionary<string, WebhookHandlerRegistration> _byHandler = registrations
        .DistinctBy(r => HandlerName(r)).ToDictionary(r => HandlerName(r), StringComparer.Ordinal);

    // A delivery stored for a class that was renamed since goes to the provider's first class.
    private readonly Dictionary<string, WebhookHandlerRegistration> _byProvider = registrations
        .DistinctBy(r => r.Provider.Name).ToDictionary(r => r.Provider.Name, StringComparer.Ordinal);

    private readonly IList<TimeSpan> _schedule = options.Value.RetrySchedule;

    /// <summary>The name a delivery records its handler class by.</summary>
    public static string HandlerName(WebhookHandlerRegistration registration) =>
        registration.HandlerType.FullName ?? registration.HandlerType.Name;

    /// <summary>Runs the handler; <c>null</c> when <paramref name="cancellationToken"/> stopped it (shutdown), so that the row is released.</summary>
    public async Task<InboxOutcome?> RunAsync(InboxClaim claim, CancellationToken cancellationToken)
    {
        if (!_byHandler.TryGetValue(claim.Handler, out var registration) && !_byProvider.TryGetValue(claim.Provider, out registration))
        {
            return InboxOutcome.Dead(clock.GetUtcNow(), $"No handler class {claim.Handler} for provider '{claim.Provider}' is registered in this application.");
        }

        var context = new WebhookContext(
            claim.Provider, claim.EventType, claim.DeliveryId.StartsWith("generated:", StringComparison.Ordinal) ? default : claim.DeliveryId,
            claim.SignedAt, StoredHeaders.Decode(claim.Headers), claim.Body, cancellationToken)
        {
            Attempt = claim.Attempt,
            ReceivedAt = claim.ReceivedAt,
        };

        using var activity = StartProcessing(claim);
        var started = metrics.HandlerStarting();
        var outcome = await DispatchAsync(registration, claim, context, cancellationToken).ConfigureAwait(false);
        if (outcome is { } done)
        {
            metrics.HandlerRan(claim.Provider, claim.EventType, started, succeeded: done.Status == InboxStatus.Processed);
            activity?.SetTag("webhooks.outcome", done.Status.ToString());
        }

        return outcome;
    }

    private async Task<InboxOutcome?> DispatchAsync(WebhookHandlerRegistration registration, InboxClaim claim, WebhookContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await registration.Dispatch(scope.ServiceProvider, context).ConfigureAwait(false);
            return InboxOutcome.Processed(clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (WebhookPayloadException exception)
        {
            // Retrying can't make it fit; the body is kept, so it replays once a fixed contract is deployed.
            return InboxOutcome.Dead(clock.GetUtcNow(), Describe(exception));
        }
        catch (Exception exception)
        {
            var now = clock.GetUtcNow();
            return RetrySchedule.After(_schedule, claim.Attempt, Random.Shared) is { } wait
                ? InboxOutcome.Retry(now, now + wait, Describe(exception))
                : InboxOutcome.Dead(now, Describe(exception));
        }
    }

    // A new trace per attempt (processing is not part of the request that stored it), linked to the receiving span.
    private static Activity? StartProcessing(InboxClaim claim)
    {
        if (!WebhooksTelemetry.Source.HasListeners())
        {
            return null;
        }

        ActivityLink[]? links = claim.TraceParent is { } traceParent && ActivityContext.TryParse(traceParent, null, out var received)
            ? [new ActivityLink(received)]
            : null;
        return WebhooksTelemetry.Source.StartActivity("webhooks.process", ActivityKind.Consumer, parentContext: default, links: links)?
            .SetTag("webhooks.provider", claim.Provider)
            .SetTag("webhooks.event_type", claim.EventType)
            .SetTag("webhooks.delivery_id", claim.DeliveryId)
            .SetTag("webhooks.attempt", claim.Attempt);
    }

    private static string Describe(Exception exception) => exception.GetType().FullName + ": " + exception.Message;
}
