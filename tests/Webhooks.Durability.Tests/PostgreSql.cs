using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Webhooks.Durability.Tests;

/// <summary>
/// The PostgreSQL server of <c>WEBHOOKS_TEST_POSTGRES</c> (a connection string; .ci/run starts a throwaway cluster and
/// sets it), as the storage tests find it: without one that answers, the PostgreSQL tests skip, saying why; under
/// <c>CI=true</c> they run and fail with the same reason instead, so that CI can't pass without them.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "WEBHOOKS_TEST_POSTGRES";

    /// <summary>The wrapper around <c>pg_ctl</c> that .ci/run writes (it runs pg_ctl as the cluster's owner).</summary>
    public const string PgCtlVariable = "WEBHOOKS_TEST_PG_CTL";

    /// <summary>The data folder of .ci/run's cluster; the outage test makes a cluster of its own beside it.</summary>
    public const string PgDataVariable = "WEBHOOKS_TEST_PG_DATA";

    private static readonly Lazy<string?> Problem = new(() => FindProblem(Environment.GetEnvironmentVariable(Variable)));

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests skip, or <c>null</c> when they run (the server answers, or this is CI).</summary>
    public static string? SkipReason => InCi ? null : Problem.Value;

    /// <summary>Why the outage test skips (it also needs the pg_ctl wrapper), or <c>null</c> when it runs.</summary>
    public static string? OutageSkipReason => InCi ? null : Problem.Value ?? ClusterProblem();

    /// <summary>The server's connection string; throws, saying why, when there is no server that answers.</summary>
    public static string ConnectionString => Problem.Value is { } problem
        ? throw new InvalidOperationException($"{problem} (CI=true: the PostgreSQL tests must run here, so they fail rather than skip.)")
        : Environment.GetEnvironmentVariable(Variable)!;

    /// <summary>A schema name of its own for a test run, so that runs never see each other's rows.</summary>
    public static string NewSchema(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary><paramref name="connectionString"/> with an application name, which says whose the server's sessions are.</summary>
    public static string WithApplicationName(string connectionString, string name) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ToString();

    /// <summary>
    /// The settings of an app instance queued on PostgreSQL at <paramref name="connectionString"/>, in
    /// <paramref name="schema"/>, its sessions named <paramref name="applicationName"/>, its side effect in
    /// <paramref name="effectsDb"/> (a file per instance): 4 workers, a 3 s lease, polls every 0.2 s, short retries.
    /// </summary>
    public static Dictionary<string, string> AppSettings(string connectionString, string schema, string applicationName, string effectsDb, string secret) => new()
    {
        ["Durability:Storage"] = "postgres",
        ["Durability:PostgreSql"] = WithApplicationName(connectionString, applicationName),
        ["Durability:Schema"] = schema,
        ["Durability:EffectsDb"] = effectsDb,
        ["Webhooks:openai:Secret"] = secret,
        ["Webhooks:Inbox:Workers"] = "4",
        ["Webhooks:Inbox:LeaseDuration"] = "3",
        ["Webhooks:Inbox:PollInterval"] = "0.2",
        ["Webhooks:Inbox:RetrySchedule:0"] = "0.2",
        ["Webhooks:Inbox:RetrySchedule:1"] = "0.5",
        ["Webhooks:Inbox:RetrySchedule:2"] = "1",
    };

    public static async Task DropSchemaAsync(string connectionString, string schema)
    {
        try
        {
            await using var connection = await OpenAsync(connectionString);
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // best effort: the server is gone, or the schema was never made
        }
    }

    /// <summary>The inbox's queued rows: delivery id → status (0 pending, 1 processing, 2 processed, 3 dead) and attempts.</summary>
    public static Dictionary<string, (int Status, int Attempts)> InboxRows(string connectionString, string schema)
    {
        var rows = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        using var connection = Open(connectionString);
        if (!TableExists(connection, $"{schema}.webhooks_inbox"))
        {
            return rows;
        }

        using var command = new NpgsqlCommand($"SELECT delivery_id, status, attempts FROM {schema}.webhooks_inbox WHERE queued", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = (reader.GetInt16(1), reader.GetInt32(2));
        }

        return rows;
    }

    /// <summary>The leased rows (status processing): delivery id → until when the lease holds.</summary>
    public static Dictionary<string, DateTimeOffset> Leases(string connectionString, string schema)
    {
        var leases = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        using var connection = Open(connectionString);
        if (!TableExists(connection, $"{schema}.webhooks_inbox"))
        {
            return leases;
        }

        using var command = new NpgsqlCommand($"SELECT delivery_id, lease_until FROM {schema}.webhooks_inbox WHERE queued AND status = 1", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            leases[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return leases;
    }

    /// <summary>The deliveries leased to a worker (status processing): what may have run without its outcome recorded.</summary>
    public static List<string> Processing(string connectionString, string schema) =>
        InboxRows(connectionString, schema).Where(r => r.Value.Status == 1).Select(r => r.Key).ToList();

    /// <summary>
    /// Waits until the server has no session left of <paramref name="applicationName"/> (a killed instance's): a statement
    /// the instance sent before it died may still be running, and commit, until then.
    /// </summary>
    public static async Task<bool> WaitForNoSessionsAsync(string connectionString, string applicationName, TimeSpan timeout)
    {
        return await Eventually.TrueAsync(
            () =>
            {
                using var connection = Open(connectionString);
                using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @name", connection);
                count.Parameters.AddWithValue("name", applicationName);
                return (long)count.ExecuteScalar()! == 0;
            },
            timeout,
            TimeSpan.FromMilliseconds(20));
    }

    private static bool TableExists(NpgsqlConnection connection, string table)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", table);
        return (bool)exists.ExecuteScalar()!;
    }

    // The test's own reads: no pool, so that nothing stays open and a server restart leaves no broken connection behind.
    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 10, ApplicationName = "durability-tests" }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 10, ApplicationName = "durability-tests" }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static string? FindProblem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{Variable} is not set: point it at a PostgreSQL database (.ci/run starts one, e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=webhooks_test).";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3 };
        }
        catch (ArgumentException e)
        {
            return $"{Variable} is not a valid connection string: {e.Message}";
        }

        try
        {
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"The PostgreSQL server of {Variable} (Host={builder.Host};Port={builder.Port};Database={builder.Database}) did not answer: {e.Message}";
        }
    }

    /// <summary>Why a cluster of the test's own can't be made here (no pg_ctl wrapper or data folder), or <c>null</c>.</summary>
    public static string? ClusterProblem() =>
        Environment.GetEnvironmentVariable(PgCtlVariable) is not { Length: > 0 } pgCtl || !File.Exists(pgCtl)
            ? $"{PgCtlVariable} is not set (or is not a file): the outage test stops and starts a PostgreSQL cluster with it (.ci/run writes it)."
            : Environment.GetEnvironmentVariable(PgDataVariable) is not { Length: > 0 } data || !Directory.Exists(data)
                ? $"{PgDataVariable} is not set (or is not a folder): the outage test makes its cluster beside it."
                : null;
}

/// <summary>A test that needs the PostgreSQL server: skipped, with the reason, when there is none (see <see cref="PostgreSqlServer"/>).</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlServer.SkipReason;
}

/// <summary>A test that stops and starts a PostgreSQL cluster (<see cref="PostgreSqlCluster"/>): skipped, with the reason, when it can't.</summary>
public sealed class PostgreSqlOutageFactAttribute : FactAttribute
{
    public PostgreSqlOutageFactAttribute() => Skip = PostgreSqlServer.OutageSkipReason;
}

/// <summary>
/// A throwaway PostgreSQL cluster of the test's own, made with .ci/run's <c>pg_ctl</c> wrapper (<c>pg_ctl init</c>, as the
/// shared cluster's owner, in a folder beside the shared cluster's data), so that stopping it (<c>-m immediate</c>, an
/// outage) doesn't break the other test projects, which <c>dotnet test</c> runs at the same time against the shared
/// cluster. Durable as the shared one (fsync, synchronous_commit on).
/// </summary>
public sealed class PostgreSqlCluster : IAsyncDisposable
{
    private readonly string _pgCtl;
    private readonly string _data;

    private PostgreSqlCluster(string pgCtl, string data, int port)
    {
        _pgCtl = pgCtl;
        _data = data;
        Port = port;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public bool IsRunning { get; private set; }

    public static async Task<PostgreSqlCluster> CreateAsync()
    {
        if (PostgreSqlServer.ClusterProblem() is { } problem)
        {
            throw new InvalidOperationException($"{problem} (CI=true: the PostgreSQL tests must run here, so they fail rather than skip.)");
        }

        var pgCtl = Environment.GetEnvironmentVariable(PostgreSqlServer.PgCtlVariable)!;
        var parent = Path.GetDirectoryName(Path.GetFullPath(Environment.GetEnvironmentVariable(PostgreSqlServer.PgDataVariable)!))!;
        var data = Path.Combine(parent, "outage-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var cluster = new PostgreSqlCluster(pgCtl, data, port);
        try
        {
            await cluster.RunAsync("init", "-s", "-D", data, "-o", "-U postgres --auth=trust -E UTF8 --no-sync");
            await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

                port = {port}
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '{data}'
                fsync = on
                synchronous_commit = on
                max_connections = 200
                # Crash recovery first syncs the data folder: file by file (the default) takes seconds on a busy disk.
                recovery_init_sync_method = syncfs

                """);
            await cluster.StartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary><c>pg_ctl stop -m immediate</c>: every server process quits at once, without a checkpoint, as in a crash.</summary>
    public async Task StopImmediatelyAsync()
    {
        await RunAsync("-D", _data, "-m", "immediate", "-w", "stop");
        IsRunning = false;
    }

    /// <summary><c>pg_ctl start -w</c>: returns once the server takes connections (after its crash recovery).</summary>
    public async Task StartAsync()
    {
        await RunAsync("-D", _data, "-w", "-t", "60", "start");
        IsRunning = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(_data))
        {
            try
            {
                await RunAsync("-D", _data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // not running
            }

            IsRunning = false;
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // the temporary folder goes with .ci/run's cluster
            }
        }
    }

    private async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(_pgCtl) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
