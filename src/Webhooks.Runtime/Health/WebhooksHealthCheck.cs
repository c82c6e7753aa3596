using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Inbox;
using Webhooks.Verification.Jwt;

namespace Webhooks.Health;

/// <summary>
/// Unhealthy when a provider's options don't validate (a missing secret) or the storage doesn't answer; degraded when
/// a provider's JWKS URL has not answered since start-up, or dead letters or the oldest pending delivery pass their
/// thresholds.
/// </summary>
internal sealed class WebhooksHealthCheck(
    IServiceProvider services, IOptionsMonitor<WebhookProviderOptions> providerOptions, WebhooksHealthCheckOptions thresholds, TimeProvider clock)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var provider in services.GetServices<WebhookHandlerRegistration>().Select(r => r.VerifyingProvider.Name).Distinct())
        {
            try
            {
                providerOptions.Get(provider);
            }
            catch (OptionsValidationException exception)
            {
                return HealthCheckResult.Unhealthy(exception.Message);
            }
        }

        // Not unhealthy: those deliveries are answered 503, and their senders retry until the keys arrive.
        var problems = new List<string>();
        foreach (var (provider, url) in services.GetService<JwksKeySources>()?.NeverFetched() ?? [])
        {
            problems.Add($"Webhook provider '{provider}' has had no keys from {url.Host} since start-up (its deliveries are answered 503)");
        }

        if (services.GetService<InboxMonitor>() is not { } monitor)
        {
            return problems.Count == 0
                ? HealthCheckResult.Healthy("Webhook providers are configured; no durable storage is used.")
                : HealthCheckResult.Degraded(Sentence(problems));
        }

        IReadOnlyList<InboxCounts> counts;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(thresholds.StorageTimeout);
            counts = await monitor.RefreshAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The webhooks storage did not answer: " + exception.Message, exception);
        }

        var dead = counts.Where(c => c.Status == InboxStatus.Dead).Sum(c => c.Count);
        var oldestPending = counts.Where(c => c.Status == InboxStatus.Pending).Select(c => (DateTimeOffset?)c.OldestReceivedAt).Min();
        var waited = oldestPending is { } oldest ? clock.GetUtcNow() - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object> { ["deadLetters"] = dead, ["oldestPendingSeconds"] = Math.Max(0, waited.TotalSeconds) };

        if (dead >= thresholds.DeadLettersDegradedAt)
        {
            problems.Add($"{dead} dead letter(s)");
        }

        if (waited > thresholds.OldestPendingDegradedAfter)
        {
            problems.Add($"the oldest pending delivery has waited {waited.TotalMinutes:0} min");
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy("Webhook providers are configured and the storage answers.", data)
            : HealthCheckResult.Degraded(Sentence(problems), data: data);
    }

    private static string Sentence(List<string> problems) => string.Join("; ", problems) + ".";
}
