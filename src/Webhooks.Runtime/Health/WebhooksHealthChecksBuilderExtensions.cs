using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the webhooks health check: <c>builder.Services.AddHealthChecks().AddWebhooks()</c>.</summary>
public static class WebhooksHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks that every provider's options validate (secrets configured) and that the storage answers, and reports
    /// <c>Degraded</c> past the dead-letter and oldest-pending thresholds.
    /// </summary>
    public static IHealthChecksBuilder AddWebhooks(this IHealthChecksBuilder builder, Action<WebhooksHealthCheckOptions>? configure = null, string name = "webhooks")
    {
        ArgumentNullException.ThrowIfNull(builder);
        var thresholds = new WebhooksHealthCheckOptions();
        configure?.Invoke(thresholds);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new WebhooksHealthCheck(
                services, services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>(), thresholds, services.GetRequiredService<TimeProvider>()),
            failureStatus: null,
            tags: ["webhooks"]));
    }
}
