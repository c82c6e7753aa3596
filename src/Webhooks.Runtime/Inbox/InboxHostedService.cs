using Microsoft.Extensions.Hosting;
using Webhooks.Inbox.Storage;

namespace Webhooks.Inbox;

/// <summary>
/// Starts the inbox before the server takes requests (schema, group commit, workers, retention) and stops it after the
/// server has answered its last request.
/// </summary>
internal sealed class InboxHostedService(
    IWebhookInboxStore store, InboxWriter writer, InboxProcessor processor, InboxSweeper sweeper, InboxMonitor monitor, InboxSignal signal)
    : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _sweeping = Task.CompletedTask;
    private Task _listening = Task.CompletedTask;
    private Task _monitoring = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        writer.Start();
        processor.Start();
        _sweeping = Task.Run(() => sweeper.RunAsync(_stopping.Token), CancellationToken.None);
        _monitoring = Task.Run(() => monitor.RunAsync(_stopping.Token), CancellationToken.None);

        // Another instance's deliveries wake this one's workers too, where the store can tell (PostgreSQL's NOTIFY).
        if (store is IWebhookInboxListener listener)
        {
            _listening = Task.Run(() => listener.ListenAsync(signal.Wake, _stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await processor.StopAsync(cancellationToken).ConfigureAwait(false);
        await writer.StopAsync().ConfigureAwait(false);
        await _sweeping.ConfigureAwait(false);
        await _monitoring.ConfigureAwait(false);
        try
        {
            await _listening.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
