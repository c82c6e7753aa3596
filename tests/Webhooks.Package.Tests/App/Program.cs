using Webhooks.Testing;

// `send <base url> <provider> <secret> <json body> [event type]`: a delivery signed by Webhooks.Testing, from its package.
if (args is ["send", var baseUrl, var provider, var secret, var body, .. var rest])
{
    using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    var request = new WebhookSigner(provider, secret).CreateRequest($"/webhooks/{provider}", body, eventType: rest.FirstOrDefault());
    using var response = await client.SendAsync(request);
    Console.WriteLine($"STATUS {(int)response.StatusCode}");
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWebhooks(builder.Configuration)
    .UseSqliteStorage();
var app = builder.Build();
app.MapWebhooks();
app.Run();
