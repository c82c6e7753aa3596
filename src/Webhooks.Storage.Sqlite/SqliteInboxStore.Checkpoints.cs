using Microsoft.Data.Sqlite;

namespace Webhooks.Storage.Sqlite;

// Checkpoints run on a connection of their own. SQLite's automatic checkpoint runs inside the commit that fills the WAL
// past 1,000 pages: the writer then copies the log into the database file and syncs it while the requests of that
// batch, and every batch queued behind it, wait for their acknowledgement. Here the writer only appends to the WAL.
public sealed partial class SqliteInboxStore
{
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _stopCheckpoints = new();
    private Task _checkpoints = Task.CompletedTask;

    private bool InMemory => DatabasePath == ":memory:" || new SqliteConnectionStringBuilder(_connectionString).Mode == SqliteOpenMode.Memory;

    private void StartCheckpoints()
    {
        if (!InMemory && _checkpoints.IsCompleted)
        {
            _checkpoints = Task.Run(CheckpointLoopAsync);
        }
    }

    private async Task CheckpointLoopAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                await Task.Delay(CheckpointInterval, _stopCheckpoints.Token).ConfigureAwait(false);
                try
                {
                    connection ??= Open(writer: false);
                    using var checkpoint = Command(connection, "PRAGMA wal_checkpoint(PASSIVE)");
                    checkpoint.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // A full disk, say: the log keeps what wasn't copied, and the next checkpoint copies it.
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private void StopCheckpoints()
    {
        _stopCheckpoints.Cancel();
        _checkpoints.Wait();
    }
}
