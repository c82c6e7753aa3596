using Microsoft.Extensions.Logging;
using Npgsql;
using Webhooks.Inbox.Storage;

namespace Webhooks.Storage.PostgreSql;

// Wake-up across instances: AddAsync notifies the schema's channel at commit; this LISTENs on a connection of its own.
public sealed partial class PostgreSqlInboxStore
{
    // A connection that died without a reset (a cable, a firewall dropping state) shows only when it is used: waiting
    // this long without a notification, the listener checks its connection with a round trip.
    private static readonly TimeSpan ListenCheckInterval = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task ListenAsync(Action newDeliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newDeliveries);
        while (true)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, _) => newDeliveries();
                await using (var listen = new NpgsqlCommand($"LISTEN {_channel}", connection) { CommandTimeout = _commandTimeout })
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Deliveries stored before LISTEN took effect (at start, or while the connection was down) notified nobody.
                newDeliveries();
                while (true)
                {
                    if (!await connection.WaitAsync(ListenCheckInterval, cancellationToken).ConfigureAwait(false))
                    {
                        await using var check = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = _commandTimeout };
                        await check.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                // Workers still poll, so a lost listener only delays them; keep trying for as long as the host runs.
                LogListenFailed(_logger, _options.ListenReconnectDelay, exception);
            }

            await Task.Delay(_options.ListenReconnectDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The webhooks inbox lost its PostgreSQL notification connection; reconnecting in {Delay}. Workers poll meanwhile.")]
    private static partial void LogListenFailed(ILogger logger, TimeSpan delay, Exception exception);
}
