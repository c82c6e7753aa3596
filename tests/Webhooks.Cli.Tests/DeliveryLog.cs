using System.Collections.Concurrent;

namespace Webhooks.Cli.Tests;

/// <summary>What the test handlers saw: provider, event type, delivery id and the raw body of every delivery they ran for.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Seen> _seen = new();

    /// <summary>While true, the queued OpenAI class throws for batch.failed: its deliveries go dead, and replay fixes them.</summary>
    public volatile bool Broken;

    public void Record(WebhookContext context, string body, string? handler = null) =>
        _seen.Enqueue(new Seen(context.Provider, context.EventType, context.WebhookId ?? "", body, handler ?? "any", context.Attempt));

    public IReadOnlyList<Seen> All => [.. _seen];

    /// <summary>Waits until a delivery that matches was handled, failing after 15 s.</summary>
    public async Task<Seen> WaitFor(Func<Seen, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_seen.FirstOrDefault(match) is { } seen)
            {
                return seen;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"Timed out waiting until a handler ran for {what}. Seen: {string.Join("; ", _seen.Select(s => $"{s.Provider}:{s.EventType}"))}");
    }

    public sealed record Seen(string Provider, string EventType, string DeliveryId, string Body, string Handler, int Attempt);
}
