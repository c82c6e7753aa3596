using Octokit.Webhooks;
using Octokit.Webhooks.AspNetCore;

namespace Webhooks.Benchmarks;

/// <summary>
/// The <c>octokit</c> mode: Octokit.Webhooks.AspNetCore set up as its README does (a singleton
/// <see cref="WebhookEventProcessor"/> and <c>MapGitHubWebhooks</c> with the secret), on our path. Only this class names
/// Octokit's types, so the other modes never load its assemblies.
/// </summary>
internal static class OctokitTarget
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<WebhookEventProcessor, OctokitPushProcessor>();

    public static void Map(WebApplication app) => app.MapGitHubWebhooks("/webhooks/github", Deliveries.GitHubSecret);
}
