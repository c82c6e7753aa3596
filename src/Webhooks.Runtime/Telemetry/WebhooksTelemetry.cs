using System.Diagnostics;

namespace Webhooks;

/// <summary>
/// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> and the <see cref="ActivitySource"/> of webhook
/// receiving and processing: <c>AddMeter(WebhooksTelemetry.Name)</c> and <c>AddSource(WebhooksTelemetry.Name)</c> with OpenTelemetry.
/// </summary>
public static class WebhooksTelemetry
{
    /// <summary><c>Webhooks</c>.</summary>
    public const string Name = "Webhooks";

    /// <summary>A span per received delivery (<c>webhooks.receive</c>) and per processing attempt (<c>webhooks.process</c>).</summary>
    internal static readonly ActivitySource Source = new(Name);

    /// <summary>Our receive span, when it is the current activity (nobody listening: there is none).</summary>
    internal static Activity? CurrentReceive => Activity.Current is { } activity && ReferenceEquals(activity.Source, Source) ? activity : null;
}
