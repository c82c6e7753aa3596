using System.Collections.Concurrent;

namespace Webhooks.Redis.Tests;

/// <summary>How often each delivery's handler ran, and gates to hold a handler open.</summary>
public sealed class RunLog
{
    public ConcurrentDictionary<string, int> Runs { get; } = new();

    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    /// <summary>Completed when a gated handler has started.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Entered { get; } = new();

    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

    public int RunsOf(string id) => Runs.GetValueOrDefault(id);
}

/// <summary>An inline GitHub class: a ping runs (and may be held or made to fail) and is counted.</summary>
[WebhookProvider("github")]
public partial class GitHubHandlers(RunLog log)
{
    [OnEvent("ping")]
    public async Task OnPing(WebhookContext context, CancellationToken ct)
    {
        var id = context.WebhookId!;
        if (log.Gates.TryGetValue(id, out var gate))
        {
            log.Entered.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            await gate.Task.WaitAsync(ct);
        }

        if (log.FailuresLeft.TryGetValue(id, out var left) && left > 0 && log.FailuresLeft.TryUpdate(id, left - 1, left))
        {
            throw new InvalidOperationException("failed on purpose");
        }

        log.Runs.AddOrUpdate(id, 1, (_, n) => n + 1);
    }
}
