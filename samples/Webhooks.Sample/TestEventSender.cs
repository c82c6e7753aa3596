using Webhooks.Testing;

namespace Webhooks.Sample;

/// <summary>
/// <c>dotnet run -- send &lt;provider&gt; [event]</c>: signs a test event with the configured secret, exactly as the
/// provider would, and posts it to the running sample.
/// </summary>
internal static class TestEventSender
{
    // The providers the sample has handler classes (and development secrets) for; the bodies and signatures come
    // from Webhooks.Testing's fixtures, shared with the dotnet webhooks tool (src/Webhooks.Cli).
    private static readonly string[] SampleProviders = ["openai", "stripe", "github", "slack"];

    public static IEnumerable<string> Providers => SampleProviders;

    public static string DefaultEvent(string provider) => WebhookFixtures.DefaultEvent(provider);

    public static async Task<int> SendAsync(IConfiguration configuration, string url, string provider, string? eventType)
    {
        if (!SampleProviders.Contains(provider))
        {
            Console.Error.WriteLine($"Unknown provider '{provider}'; the sample has: {string.Join(", ", SampleProviders)}.");
            return 2;
        }

        var secret = configuration[$"Webhooks:{provider}:Secret"];
        if (secret is null)
        {
            Console.Error.WriteLine($"No secret configured for {provider}: run with ASPNETCORE_ENVIRONMENT=Development (dotnet run does) or set Webhooks:{provider}:Secret.");
            return 2;
        }

        var fixture = WebhookFixtures.Create(provider, eventType);
        eventType = fixture.EventType;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        try
        {
            using var response = await new WebhookSender(provider, secret).SendAsync(client, fixture);
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
