using System.Globalization;
using Webhooks.Durability.App;

// Arguments (any configuration source works; the tests pass command-line arguments):
//   --urls http://127.0.0.1:PORT
//   --Durability:InboxDb=/path/inbox.db        the inbox on SQLite (UseSqliteStorage; the default storage), or
//   --Durability:Storage=postgres --Durability:PostgreSql="Host=…;Database=…" --Durability:Schema=name
//                                              the inbox on PostgreSQL (UsePostgreSqlStorage), shared by instances
//   --Durability:EffectsDb=/path/effects.db    the handlers' side effect: one row per run, a file per instance (the
//                                              tests add up the files of the instances that share a PostgreSQL inbox)
//   --Webhooks:openai:Secret=whsec_…
//   --Webhooks:Inbox:LeaseDuration=3 --Webhooks:Inbox:PollInterval=0.2 --Webhooks:Inbox:RetrySchedule:0=0.2 …
//   --Durability:SlowHandlerMs=300, --Durability:ParentPid=N (exit when that process is gone), and the test-only
//   breaks of DurabilitySwitches.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

var configuration = builder.Configuration;
var effectsDb = configuration["Durability:EffectsDb"] ?? throw new InvalidOperationException("Durability:EffectsDb is required.");
var switches = new DurabilitySwitches
{
    SlowHandler = TimeSpan.FromMilliseconds(int.Parse(configuration["Durability:SlowHandlerMs"] ?? "300", CultureInfo.InvariantCulture)),
    AckBeforeStore = bool.TryParse(configuration["Durability:AckBeforeStore"], out var ackFirst) && ackFirst,
    FailAfterEffectEvery = uint.Parse(configuration["Durability:FailAfterEffectEvery"] ?? "0", CultureInfo.InvariantCulture),
    SchemaPerInstance = bool.TryParse(configuration["Durability:SchemaPerInstance"], out var ownSchema) && ownSchema,
};

builder.Services.AddSingleton(switches);
builder.Services.AddSingleton(_ => new EffectLog(effectsDb));
var webhooks = builder.Services.AddWebhooks(builder.Configuration);
switch (configuration["Durability:Storage"]?.ToLowerInvariant() ?? "sqlite")
{
    case "sqlite":
        var inboxDb = configuration["Durability:InboxDb"] ?? throw new InvalidOperationException("Durability:InboxDb is required.");
        webhooks.UseSqliteStorage("Data Source=" + inboxDb);
        break;
    case "postgres" or "postgresql":
        var connectionString = configuration["Durability:PostgreSql"]
            ?? throw new InvalidOperationException("Durability:PostgreSql (a connection string) is required with Durability:Storage=postgres.");
        var schema = configuration["Durability:Schema"] ?? "webhooks";
        if (switches.SchemaPerInstance)
        {
            schema += "_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        }

        webhooks.UsePostgreSqlStorage(connectionString, o => o.Schema = schema);
        break;
    case var other:
        throw new InvalidOperationException($"Durability:Storage is 'sqlite' or 'postgres', not '{other}'.");
}

// The test that started this process passes its id: if it dies without stopping us, we don't outlive it.
if (int.TryParse(configuration["Durability:ParentPid"], CultureInfo.InvariantCulture, out var parentPid))
{
    _ = Task.Run(async () =>
    {
        while (IsAlive(parentPid))
        {
            await Task.Delay(1000);
        }

        Environment.Exit(3);
    });
}

var app = builder.Build();
if (switches.AckBeforeStore)
{
    app.Use(AckBeforeStore.Middleware(app));
}

app.MapWebhooks();
app.Services.GetRequiredService<EffectLog>(); // open (and create) the side-effect database before taking requests
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"DURABILITY-APP READY pid={Environment.ProcessId}"));
app.Run();

static bool IsAlive(int pid)
{
    try
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        return !process.HasExited;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
