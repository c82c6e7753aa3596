using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// One attempt at a claimed delivery: the <see cref="WebhookContext"/> rebuilt from what was stored, the same generated
/// dispatch as inline, and the outcome the schedule gives.
/// </summary>
internal sealed class InboxAttempt(
    IServiceScopeFactory scopes, IEnumerable<WebhookHandlerRegistration> registrations, IOptions<WebhookInboxOptions> options, TimeProvider clock)
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

    private static string Describe(Exception exception) => exception.GetType().FullName + ": " + exception.Message;
}
