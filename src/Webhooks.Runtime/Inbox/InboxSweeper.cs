using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>Retention: deletes processed deliveries older than the retention period, in bounded batches, once a minute.</summary>
internal sealed class InboxSweeper(IWebhookInboxStore store, IOptions<WebhookInboxOptions> options, TimeProvider clock, ILogger<InboxSweeper> logger)
{
    // Small batches keep each delete's transaction (and its hold on SQLite's one writer) short.
    internal const int BatchSize = 1000;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await SweepAsync(stopping).ConfigureAwait(false);
                await Task.Delay(Interval, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Deletes every processed delivery past retention; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        try
        {
            var before = clock.GetUtcNow() - options.Value.Retention;
            int deleted;
            do
            {
                deleted = await store.DeleteProcessedAsync(before, BatchSize, cancellationToken).ConfigureAwait(false);
                total += deleted;
            }
            while (deleted == BatchSize && !cancellationToken.IsCancellationRequested);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InboxLog.SweepFailed(logger, exception);
        }

        if (total > 0)
        {
            InboxLog.Swept(logger, total);
        }

        return total;
    }
}
