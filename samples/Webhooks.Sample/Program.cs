using Webhooks.Sample;

const string DefaultUrl = "http://127.0.0.1:5080";

var builder = WebApplication.CreateBuilder(args);

// `dotnet run --project samples/Webhooks.Sample -- send [event]` signs and sends a test event instead of serving.
if (args is ["send", ..])
{
    return await TestEventSender.SendAsync(builder.Configuration, DefaultUrl, args.Length > 1 ? args[1] : "batch.completed");
}

if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls(DefaultUrl);
}

builder.Services.AddWebhooks(builder.Configuration);

var app = builder.Build();
app.MapWebhooks();

app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"""

    Webhooks sample listening on {DefaultUrl}/webhooks/openai
    Send it a signed test event (from the repository root, in another terminal):

        dotnet run --project samples/Webhooks.Sample --no-build -- send batch.completed

    """));

app.Run();
return 0;
