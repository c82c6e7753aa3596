using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Webhooks.Benchmarks;

// The Octokit.Webhooks peer's handler: what its samples write (a WebhookEventProcessor overriding the event's method),
// keeping its payload and counting it as ours does (BenchGitHubWebhooks.OnPush), so nothing is optimised away. It is
// outside BenchShared's top-level glob: only the projects that reference Octokit.Webhooks include this folder.
public sealed class OctokitPushProcessor : WebhookEventProcessor
{
    public static object? Last;

    protected override ValueTask ProcessPushWebhookAsync(WebhookHeaders headers, PushEvent pushEvent, CancellationToken cancellationToken = default)
    {
        Last = pushEvent;
        Interlocked.Increment(ref OctokitPushCount.Handled);
        return ValueTask.CompletedTask;
    }
}

/// <summary>How many pushes the Octokit processor handled; a type of its own, so that reading it loads no Octokit assembly.</summary>
public static class OctokitPushCount
{
    public static long Handled;
}
