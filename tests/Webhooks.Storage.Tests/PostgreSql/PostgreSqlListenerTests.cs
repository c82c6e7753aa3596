using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>The wake-up across instances: a commit that stored deliveries wakes every instance's listener.</summary>
public sealed class PostgreSqlListenerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _schema = PostgreSqlTestSchema.NewName();
    private PostgreSqlInboxStore? _listening;
    private PostgreSqlInboxStore? _storing;

    private PostgreSqlInboxStore Listening => _listening!;

    private PostgreSqlInboxStore Storing => _storing!;

    public async Task InitializeAsync()
    {
        if (PostgreSqlTestServer.SkipReason is not null)
        {
            return;
        }

        // Two stores on one schema: two instances of an application.
        var options = new PostgreSqlStorageOptions { Schema = _schema, ListenReconnectDelay = TimeSpan.FromMilliseconds(100) };
        _listening = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, options);
        _storing = new PostgreSqlInboxStore(PostgreSqlTestServer.ConnectionString, options);
        await _listening.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_listening is not null)
        {
            await _listening.DisposeAsync();
        }

        if (_storing is not null)
        {
            await _storing.DisposeAsync();
        }

        await PostgreSqlTestSchema.DropAsync(_schema);
    }

    [PostgreSqlFact]
    public async Task Deliveries_stored_by_another_instance_wake_the_listener()
    {
        using var wakes = new Wakes();
        using var stop = new CancellationTokenSource();
        var listening = Listening.ListenAsync(wakes.Wake, stop.Token);
        await wakes.WaitForAsync(1); // listening: it wakes once at connection

        Assert.Equal(new[] { true }, await Storing.AddAsync([Entry("evt_1")], CancellationToken.None));

        await wakes.WaitForAsync(2);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
    }

    [PostgreSqlFact]
    public async Task A_batch_of_only_duplicates_wakes_nobody_and_a_batch_wakes_once()
    {
        Assert.Equal(new[] { true }, await Storing.AddAsync([Entry("evt_1")], CancellationToken.None));
        using var wakes = new Wakes();
        using var stop = new CancellationTokenSource();
        var listening = Listening.ListenAsync(wakes.Wake, stop.Token);
        await wakes.WaitForAsync(1);

        Assert.Equal(new[] { false }, await Storing.AddAsync([Entry("evt_1")], CancellationToken.None));
        Assert.Equal(new[] { true, true, true }, await Storing.AddAsync([Entry("evt_2"), Entry("evt_3"), Entry("evt_4")], CancellationToken.None));

        // Notifications arrive in commit order: had the duplicate notified, it would have come before this one.
        await wakes.WaitForAsync(2);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, wakes.Count);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
    }

    [PostgreSqlFact]
    public async Task After_losing_its_connection_the_listener_reconnects_wakes_once_and_hears_new_deliveries()
    {
        using var wakes = new Wakes();
        using var stop = new CancellationTokenSource();
        var listening = Listening.ListenAsync(wakes.Wake, stop.Token);
        await wakes.WaitForAsync(1);

        // What a server restart or a dropped connection does to the listener's session.
        var terminated = await PostgreSqlTestSchema.ScalarAsync<long>(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN {_schema}_inbox'");
        Assert.Equal(1L, terminated);

        await wakes.WaitForAsync(2); // reconnected: deliveries stored meanwhile would otherwise wait for a poll
        Assert.Equal(new[] { true }, await Storing.AddAsync([Entry("evt_1")], CancellationToken.None));
        await wakes.WaitForAsync(3);
        Assert.False(listening.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
    }

    [PostgreSqlFact]
    public async Task A_listener_that_cannot_connect_keeps_trying_until_cancelled()
    {
        var options = new PostgreSqlStorageOptions { Schema = _schema, ListenReconnectDelay = TimeSpan.FromMilliseconds(50), ConnectTimeout = TimeSpan.FromSeconds(1) };
        await using var unreachable = new PostgreSqlInboxStore("Host=127.0.0.1;Port=1;Username=postgres", options);
        using var wakes = new Wakes();
        using var stop = new CancellationTokenSource();

        var listening = unreachable.ListenAsync(wakes.Wake, stop.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.False(listening.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listening);
        Assert.Equal(0, wakes.Count);
    }

    private static InboxEntry Entry(string deliveryId) =>
        new("stripe", deliveryId, "App.StripeWebhooks", "invoice.paid", [], [0x7b, 0x7d], null, DateTimeOffset.UtcNow, null);

    private sealed class Wakes : IDisposable
    {
        private readonly SemaphoreSlim _signal = new(0);
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Wake()
        {
            Interlocked.Increment(ref _count);
            _signal.Release();
        }

        public async Task WaitForAsync(int count)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (Count < count)
            {
                await _signal.WaitAsync(timeout.Token);
            }
        }

        public void Dispose() => _signal.Dispose();
    }
}
