using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Webhooks;
using Webhooks.Benchmarks;

// dotnet Webhooks.BenchHost.dll empty|floor|ours|seeds|ours-nostore|octokit --urls http://127.0.0.1:5091
//     octokit: Octokit.Webhooks.AspNetCore's MapGitHubWebhooks with a WebhookEventProcessor for push (OctokitTarget.cs)
// dotnet Webhooks.BenchHost.dll inline-sqlite|queued-sqlite|durable-floor|durable-floor-pool --Bench:Db=/tmp/x/bench.db --urls …
//     ours inline with the dedupe on SQLite; ours with GitHub queued on SQLite; the hand-written durable floor
//     (DurableFloor.cs) on one shared connection or on pooled connections. Webhooks:Inbox:* settings pass through
//     (--Webhooks:Inbox:GroupCommitWindow=0.001); --Bench:CountStore=false uses UseSqliteStorage without CountingInboxStore.
// dotnet Webhooks.BenchHost.dll inline-postgres|queued-postgres|durable-floor-postgres --Bench:Postgres=<connection string> --urls …
//     the same three on PostgreSQL (DurableFloorPostgres.cs for the floor), each on the database it is given;
//     --Bench:Process=false holds the queued workers back until POST /bench/process (benchmarks/postgres-drain.sh).
// dotnet Webhooks.BenchHost.dll pgdb create|drop <server connection string> <name> [template]
//     a new (or no more) database for one target (PostgresDatabases.cs); create prints its connection string
// dotnet Webhooks.BenchHost.dll lua <count> <file>     writes <count> signed GitHub push deliveries for benchmarks/wrk/github.lua
// dotnet Webhooks.BenchHost.dll rate <url> <requests/s> <seconds> <warm-up seconds> <connections> <tag>
//     the open-loop fixed-rate load generator (FixedRateClient.cs); prints the same RESULT line as github.lua
if (args is ["rate", var rateUrl, var rateText, var secondsText, var warmupText, var connectionsText, var rateTag, ..])
{
    return await FixedRateClient.RunAsync(
        rateUrl, double.Parse(rateText, CultureInfo.InvariantCulture), double.Parse(secondsText, CultureInfo.InvariantCulture),
        double.Parse(warmupText, CultureInfo.InvariantCulture), int.Parse(connectionsText, CultureInfo.InvariantCulture), rateTag);
}

if (args is ["pgdb", var pgCommand and ("create" or "drop"), var pgServer, var pgName, ..])
{
    return await PostgresDatabases.RunAsync(pgCommand, pgServer, pgName, args.Length > 4 ? args[4] : null);
}

if (args is ["lua", var countText, var file, ..])
{
    var count = int.Parse(countText, CultureInfo.InvariantCulture);
    var lua = new StringBuilder("return {\n");
    for (var n = 0; n < count; n++)
    {
        var delivery = Deliveries.GitHub(n, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = Encoding.UTF8.GetString(delivery.Body);
        if (body.Contains("]==]", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The body can't be a Lua long string.");
        }

        lua.Append("{sig=\"").Append(delivery.Header("X-Hub-Signature-256")).Append("\",body=[==[").Append(body).Append("]==]},\n");
    }

    File.WriteAllText(file, lua.Append("}\n").ToString());
    return 0;
}

var mode = args.FirstOrDefault() ?? "ours";
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning); // the same for every mode: no per-request console logging
builder.Configuration.AddInMemoryCollection(Deliveries.Configuration(TimeSpan.FromMinutes(5)));

if (mode is "ours" or "ours-nostore")
{
    if (mode == "ours-nostore")
    {
        // A diagnostic, not a product path: ours with an idempotency store that remembers nothing.
        builder.Services.AddSingleton<Webhooks.Idempotency.IWebhookIdempotencyStore, ForgetfulStore>();
    }

    builder.Services.AddWebhooks(builder.Configuration);
}

if (mode == "octokit")
{
    OctokitTarget.AddServices(builder.Services);
}

var database = builder.Configuration["Bench:Db"];
if (mode is "inline-sqlite" or "queued-sqlite" or "durable-floor" or "durable-floor-pool" && string.IsNullOrEmpty(database))
{
    Console.Error.WriteLine($"Mode '{mode}' needs --Bench:Db=<a new database file>.");
    return 2;
}

var postgres = builder.Configuration["Bench:Postgres"];
if (mode is "inline-postgres" or "queued-postgres" or "durable-floor-postgres" && string.IsNullOrEmpty(postgres))
{
    Console.Error.WriteLine($"Mode '{mode}' needs --Bench:Postgres=<a connection string to a new database>.");
    return 2;
}

CountingInboxStore? counting = null;
if (mode is "inline-sqlite" or "queued-sqlite" or "inline-postgres" or "queued-postgres")
{
    if (mode is "queued-sqlite" or "queued-postgres")
    {
        builder.Configuration.AddInMemoryCollection([new("Webhooks:github:Processing", "Queued")]);
    }

    var webhooks = builder.Services.AddWebhooks(builder.Configuration);
    if (mode.EndsWith("-postgres", StringComparison.Ordinal))
    {
        if (builder.Configuration["Bench:CountStore"] == "false")
        {
            webhooks.UsePostgreSqlStorage(postgres!);
        }
        else
        {
            // What UsePostgreSqlStorage registers, inside the counting diagnostic.
            webhooks.UseStorage(services => counting = new CountingInboxStore(new Webhooks.Storage.PostgreSql.PostgreSqlInboxStore(
                postgres!, logger: services.GetService<ILogger<Webhooks.Storage.PostgreSql.PostgreSqlInboxStore>>())));
        }
    }
    else if (builder.Configuration["Bench:CountStore"] == "false")
    {
        webhooks.UseSqliteStorage("Data Source=" + database);
    }
    else
    {
        // What UseSqliteStorage registers (synchronous = FULL by default), inside the counting diagnostic.
        webhooks.UseStorage(_ => counting = new CountingInboxStore(
            new Webhooks.Storage.Sqlite.SqliteInboxStore(new() { ConnectionString = "Data Source=" + database }, AppContext.BaseDirectory)));
    }
}

var app = builder.Build();
long minimalApiHandled = 0; // by the floor and seeds endpoints
switch (mode)
{
    case "empty":
        app.MapPost("/webhooks/github", () => Results.Ok());
        break;
    case "floor":
        // The least a correct receiver does: read the body, check its HMAC, deserialize it with source-generated metadata.
        // Its HMAC as fast as .NET computes one: a keyed context per thread, reused (as our verifiers do).
        var floorHmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(Deliveries.GitHubSecret)));
        app.MapPost("/webhooks/github", async (HttpRequest request) =>
        {
            var length = (int)request.ContentLength.GetValueOrDefault();
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                await request.Body.ReadExactlyAsync(buffer.AsMemory(0, length));
                if (!FloorHandle(floorHmac.Value!, request.Headers["X-Hub-Signature-256"].ToString(), buffer.AsSpan(0, length)))
                {
                    return Results.Unauthorized();
                }

                Interlocked.Increment(ref minimalApiHandled);
                return Results.Ok();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        });
        break;
    case "ours" or "ours-nostore":
        app.MapWebhooks();
        break;
    case "inline-sqlite" or "queued-sqlite" or "inline-postgres" or "queued-postgres":
        // Counts the 200s, so that the script knows how many queued deliveries were acknowledged and must be processed.
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status200OK && HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/webhooks"))
            {
                Interlocked.Increment(ref minimalApiHandled);
            }
        });
        app.MapWebhooks();
        break;
    case "durable-floor":
        DurableFloor.SharedConnection(app, database!);
        break;
    case "durable-floor-pool":
        DurableFloor.PooledConnections(app, database!);
        break;
    case "octokit":
        OctokitTarget.Map(app);
        break;
    case "durable-floor-postgres":
        DurableFloorPostgres.Map(app, postgres!);
        break;
    case "seeds":
        // As the snippets do it: read the body into a string, then verify and dispatch (Seeds.GitHub).
        app.MapPost("/webhooks/github", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var result = Seeds.GitHub(name => request.Headers[name].ToString(), body);
            if (result is null)
            {
                return Results.Unauthorized();
            }

            Interlocked.Increment(ref minimalApiHandled);
            return Results.Ok();
        });
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': empty, floor, ours, ours-nostore, seeds, octokit, inline-sqlite, queued-sqlite, durable-floor, durable-floor-pool, inline-postgres, queued-postgres or durable-floor-postgres.");
        return 2;
}

// How many pushes were handled (for queued: processed by the background workers), so that the script can check that
// every request was verified and dispatched once; /stats/all adds how many were acknowledged (answered 200) and, on
// SQLite, the store's write transactions (CountingInboxStore).
long Handled() => mode switch
{
    "seeds" or "floor" => Interlocked.Read(ref minimalApiHandled),
    "durable-floor" or "durable-floor-pool" => Interlocked.Read(ref DurableFloor.Stored),
    "octokit" => Interlocked.Read(ref OctokitPushCount.Handled),
    "durable-floor-postgres" => Interlocked.Read(ref DurableFloorPostgres.Stored),
    _ => Interlocked.Read(ref BenchGitHubWebhooks.Handled),
};
long Acknowledged() => mode switch
{
    "empty" => 0,
    "inline-sqlite" or "queued-sqlite" or "inline-postgres" or "queued-postgres" => Interlocked.Read(ref minimalApiHandled),
    _ => Handled(),
};
if (counting is not null && builder.Configuration["Bench:Process"] == "false")
{
    counting.Processing = false;
}

app.MapPost("/bench/process", () =>
{
    counting?.Processing = true;
    return Results.Ok();
});
app.MapGet("/stats", () => Handled().ToString(CultureInfo.InvariantCulture));
// workitems: the thread pool's completed work items, so that a script can see how many hops a request takes.
app.MapGet("/stats/all", () => string.Create(CultureInfo.InvariantCulture, $"handled={Handled()} acked={Acknowledged()} workitems={ThreadPool.CompletedWorkItemCount} {counting?.Describe()}").TrimEnd());
await app.RunAsync();
return 0;

static bool FloorHandle(IncrementalHash hmac, string signature, ReadOnlySpan<byte> body)
{
    Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
    hmac.AppendData(body);
    hmac.GetHashAndReset(mac);
    return signature.StartsWith("sha256=", StringComparison.Ordinal)
        && CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(signature.AsSpan("sha256=".Length)))
        && JsonSerializer.Deserialize(body, WebhookContractsJsonContext.Default.GitHubPushEvent) is not null;
}
