namespace Webhooks.Dashboard;

/// <summary>Where <c>MapWebhooksDashboard</c> serves the dashboard, and who may open it.</summary>
public sealed class WebhooksDashboardOptions
{
    /// <summary>The default <see cref="Path"/>: <c>/webhooks/dashboard</c>.</summary>
    public const string DefaultPath = "/webhooks/dashboard";

    /// <summary>The page's path; the JSON admin API is under <c>{Path}/api</c>.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// An authorization policy that replaces the local-only rule: when set (or when the app calls
    /// <c>RequireAuthorization(…)</c> on what <c>MapWebhooksDashboard</c> returns), whoever the policy allows may open
    /// the dashboard from anywhere. <c>null</c> (the default): local requests only.
    /// </summary>
    public string? AuthorizationPolicy { get; set; }
}
