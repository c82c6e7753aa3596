using Webhooks.Testing;

namespace Webhooks.Sample;

/// <summary>
/// <c>dotnet run -- send &lt;provider&gt; [event]</c>: signs a test event with the configured secret, exactly as the
/// provider would, and posts it to the running sample.
/// </summary>
internal static class TestEventSender
{
    // A small, realistic body per provider; {0} is the event type, {1} a fresh id.
    private static readonly Dictionary<string, (string DefaultEvent, string Body)> Templates = new()
    {
        ["openai"] = ("batch.completed", """{{"id":"evt_{1}","object":"event","created_at":1719168000,"type":"{0}","data":{{"id":"batch_sample_123"}}}}"""),
        ["stripe"] = ("payment_intent.succeeded", """{{"id":"evt_{1}","object":"event","type":"{0}","created":1719168000,"livemode":false,"data":{{"object":{{"id":"pi_sample_123","object":"payment_intent","amount":2000,"currency":"usd","status":"succeeded"}}}}}}"""),
        ["github"] = ("push", """{{"ref":"refs/heads/main","after":"{1}","repository":{{"full_name":"octo-org/sample"}}}}"""),
        ["slack"] = ("app_mention", """{{"type":"event_callback","team_id":"T0SAMPLE","event_id":"Ev{1}","api_app_id":"A0SAMPLE","event_time":1719168000,"event":{{"type":"{0}","user":"U0SAMPLE","channel":"C0SAMPLE","text":"<@U0BOT> hello","ts":"1719168000.000100"}}}}"""),
    };

    public static IEnumerable<string> Providers => Templates.Keys;

    public static string DefaultEvent(string provider) => Templates[provider].DefaultEvent;

    public static async Task<int> SendAsync(IConfiguration configuration, string url, string provider, string? eventType)
    {
        if (!Templates.TryGetValue(provider, out var template))
        {
            Console.Error.WriteLine($"Unknown provider '{provider}'; the sample has: {string.Join(", ", Templates.Keys)}.");
            return 2;
        }

        var secret = configuration[$"Webhooks:{provider}:Secret"];
        if (secret is null)
        {
            Console.Error.WriteLine($"No secret configured for {provider}: run with ASPNETCORE_ENVIRONMENT=Development (dotnet run does) or set Webhooks:{provider}:Secret.");
            return 2;
        }

        eventType ??= template.DefaultEvent;
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, template.Body, eventType, Guid.NewGuid().ToString("N"));
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new WebhookSigner(provider, secret).CreateRequest($"/webhooks/{provider}", body, eventType: eventType);
        try
        {
            using var response = await client.SendAsync(request);
            Console.WriteLine($"POST {url}/webhooks/{provider} ({eventType}) → {(int)response.StatusCode} {response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"Could not reach {url}: {exception.Message}. Start the sample first: dotnet run --project samples/Webhooks.Sample");
            return 1;
        }
    }
}
