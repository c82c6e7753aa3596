using Webhooks.Testing;

namespace Webhooks.Sample;

/// <summary>
/// <c>dotnet run -- send [event]</c>: signs a test event with the configured secret, as OpenAI would, and
/// posts it to the running sample.
/// </summary>
internal static class TestEventSender
{
    public static async Task<int> SendAsync(IConfiguration configuration, string url, string eventType)
    {
        var secret = configuration["Webhooks:openai:Secret"] ?? configuration["OPENAI_WEBHOOK_SECRET"];
        if (secret is null)
        {
            Console.Error.WriteLine("No secret configured: run with ASPNETCORE_ENVIRONMENT=Development or set OPENAI_WEBHOOK_SECRET.");
            return 2;
        }

        var body = $$$"""{"id":"evt_{{{Guid.NewGuid():N}}}","object":"event","created_at":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"type":"{{{eventType}}}","data":{"id":"batch_sample_123"}}""";
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new WebhookSigner("openai", secret).CreateRequest("/webhooks/openai", body);
        try
        {
            using var response = await client.SendAsync(request);
            Console.WriteLine($"POST {url}/webhooks/openai ({eventType}) → {(int)response.StatusCode} {response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"Could not reach {url}: {exception.Message}. Start the sample first: dotnet run --project samples/Webhooks.Sample");
            return 1;
        }
    }
}
