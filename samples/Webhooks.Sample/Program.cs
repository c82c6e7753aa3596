using Webhooks.Sample;

const string DefaultUrl = "http://127.0.0.1:5080";

var builder = WebApplication.CreateBuilder(args);

// `dotnet run --project samples/Webhooks.Sample -- send <provider> [event]` signs and sends a test event instead of serving.
if (args is ["send", var provider, ..])
{
    return await TestEventSender.SendAsync(builder.Configuration, DefaultUrl, provider, args.Length > 2 ? args[2] : null);
}

if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls(DefaultUrl);
}

// Stripe is Queued (see StripeWebhooks): its deliveries are acknowledged once stored in webhooks.db and processed in
// the background with retries. The other providers run inline and dedupe through the same database.
builder.Services.AddWebhooks(builder.Configuration)
    .UseSqliteStorage();
builder.Services.AddHealthChecks().AddWebhooks();

var app = builder.Build();
app.MapWebhooks();
app.MapHealthChecks("/health");
// Local requests only; .RequireAuthorization("policy") opens it to whoever the policy allows.
app.MapWebhooksDashboard();

app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine($"\nWebhooks sample listening on {DefaultUrl}/webhooks/{{{string.Join(",", TestEventSender.Providers)}}}");
    Console.WriteLine("Send it a signed test event (from the repository root, in another terminal):\n");
    foreach (var name in TestEventSender.Providers)
    {
        Console.WriteLine($"    dotnet run --project samples/Webhooks.Sample --no-build -- send {name} {TestEventSender.DefaultEvent(name)}");
    }

    Console.WriteLine($"\nStripe is queued: each delivery is answered once it is stored in {Path.Combine(app.Environment.ContentRootPath, "webhooks.db")},");
    Console.WriteLine("then handled in the background (retried on failure, dead-lettered after the last attempt).");
    Console.WriteLine($"Health: {DefaultUrl}/health");
    Console.WriteLine($"Dashboard (deliveries, dead letters, replay): {DefaultUrl}/webhooks/dashboard\n");
});

app.Run();
return 0;
