using System.Threading.Channels;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// Group commit for outcomes: workers hand their attempt's outcome to one loop, which records everything that arrived
/// while the previous transaction was being committed in the next one, so that many outcomes share one transaction and
/// the store's single writer (SQLite) or WAL flush (PostgreSQL) is not spent once per delivery.
/// </summary>
/// <remarks>
/// When the store fails, every outcome of the batch fails: their rows stay leased and are attempted again when the
/// lease expires, as when a single completion fails. Unbounded: the processor holds at most
/// <see cref="InboxProcessor.MostHeldPerWorker"/> rows per worker, so no more outcomes than that can be pending.
/// </remarks>
internal sealed class InboxCompletionWriter(IWebhookInboxStore store, int maxBatchSize)
{
    private readonly Channel<PendingCompletion> _queue = Channel.CreateUnbounded<PendingCompletion>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _loop;

    /// <summary>Records <paramref name="completion"/>; <c>false</c> when its row is no longer held under its token.</summary>
    /// <exception cref="Exception">The store failed, or the writer has stopped: the outcome was not recorded.</exception>
    public Task<bool> RecordAsync(InboxCompletion completion)
    {
        var pending = new PendingCompletion(completion);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The inbox's completion writer has stopped.");
        }

        return pending.Recorded.Task;
    }

    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <summary>Records what was handed over before the call, then stops; later outcomes fail.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingCompletion>(maxBatchSize);
        var completions = new List<InboxCompletion>(maxBatchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            completions.Clear();
            while (batch.Count < maxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                completions.Add(pending.Completion);
            }

            await CommitAsync(batch, completions).ConfigureAwait(false);
        }
    }

    private async Task CommitAsync(List<PendingCompletion> batch, List<InboxCompletion> completions)
    {
        try
        {
            var recorded = await store.CompleteAsync(completions, CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Recorded.TrySetResult(recorded[i]);
            }
        }
        catch (Exception exception)
        {
            foreach (var pending in batch)
            {
                pending.Recorded.TrySetException(exception);
            }
        }
    }

    private sealed class PendingCompletion(InboxCompletion completion)
    {
        public InboxCompletion Completion => completion;

        public TaskCompletionSource<bool> Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
