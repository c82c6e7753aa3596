using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// Group commit: requests hand their deliveries to one loop, which stores everything that arrived while the previous
/// transaction was being committed in the next one, so that many requests share one transaction and one sync to disk.
/// </summary>
internal sealed class InboxWriter(IWebhookInboxStore store, InboxSignal signal, IOptions<WebhookInboxOptions> options, ILogger<InboxWriter> logger)
{
    private readonly WebhookInboxOptions _options = options.Value;

    // Bounded, so that a store that stops answering holds a bounded number of bodies; past it, requests get 503 at once.
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(options.Value.MaxBatchSize * 8) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task? _loop;
    private volatile bool _stopping;

    /// <summary>Stores <paramref name="entry"/>; <c>true</c> when stored, <c>false</c> when it was already stored before.</summary>
    /// <exception cref="InboxUnavailableException">The store failed, didn't answer in time, or is too far behind.</exception>
    public async Task<bool> StoreAsync(InboxEntry entry)
    {
        var write = new PendingWrite(entry);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new InboxUnavailableException(
                _queue.Reader.Completion.IsCompleted || _stopping ? "the application is stopping" : "the inbox's write queue is full", null);
        }

        try
        {
            return await write.Stored.Task.WaitAsync(_options.StoreTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            write.Abandon(); // it may still be stored; the provider's retry is then a duplicate, answered 200
            throw new InboxUnavailableException($"the store did not commit within {_options.StoreTimeout.TotalSeconds:0.###} s", exception);
        }
    }

    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <summary>Stores what was handed over before the call, then stops; later writes fail.</summary>
    public async Task StopAsync()
    {
        _stopping = true;
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        while (_queue.Reader.TryRead(out var write))
        {
            write.Fail(new InboxUnavailableException("the application is stopping", null));
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(_options.MaxBatchSize);
        var entries = new List<InboxEntry>(_options.MaxBatchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            Take(batch);
            if (_options.GroupCommitWindow > TimeSpan.Zero && batch.Count is > 0 && batch.Count < _options.MaxBatchSize)
            {
                await Task.Delay(_options.GroupCommitWindow).ConfigureAwait(false);
                Take(batch);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            entries.Clear();
            foreach (var write in batch)
            {
                entries.Add(write.Entry);
            }

            await CommitAsync(batch, entries).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private void Take(List<PendingWrite> batch)
    {
        while (batch.Count < _options.MaxBatchSize && _queue.Reader.TryRead(out var write))
        {
            if (!write.IsAbandoned)
            {
                batch.Add(write);
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch, List<InboxEntry> entries)
    {
        try
        {
            var stored = await store.AddAsync(entries, CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Stored.TrySetResult(stored[i]);
            }

            if (Array.IndexOf(stored, true) >= 0)
            {
                signal.Wake();
            }
        }
        catch (Exception exception)
        {
            InboxLog.StoreFailed(logger, exception, batch.Count);
            var unavailable = new InboxUnavailableException("the store failed: " + exception.GetType().Name, exception);
            foreach (var write in batch)
            {
                write.Fail(unavailable);
            }
        }
    }

    private sealed class PendingWrite(InboxEntry entry)
    {
        private int _abandoned;

        public InboxEntry Entry => entry;

        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsAbandoned => Volatile.Read(ref _abandoned) == 1;

        public void Abandon() => Volatile.Write(ref _abandoned, 1);

        public void Fail(Exception exception) => Stored.TrySetException(exception);
    }
}

/// <summary>The inbox could not store a delivery: the request is answered 503 with <c>Retry-After</c>, and the provider retries.</summary>
internal sealed class InboxUnavailableException(string reason, Exception? inner) : Exception("The webhook inbox is unavailable: " + reason + ".", inner);
