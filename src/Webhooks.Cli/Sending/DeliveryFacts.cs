using System.Text.Json;
using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Sending;

/// <summary>What the receiver will read from a signed request: its event type and its delivery id, where the provider reads them.</summary>
internal static class DeliveryFacts
{
    public static string EventType(ProviderDescriptor provider, WebhookFixture fixture) =>
        Read([provider.EventType, .. provider.EventTypeFallbacks], fixture, null) ?? fixture.EventType;

    public static string? DeliveryId(ProviderDescriptor provider, WebhookFixture fixture, HttpRequestMessage request) =>
        Read(provider.IdempotencyKeys, fixture, request);

    private static string? Read(IEnumerable<ValueSource> sources, WebhookFixture fixture, HttpRequestMessage? request)
    {
        foreach (var source in sources)
        {
            var value = source.Kind switch
            {
                ValueSourceKind.Header => request is not null && request.Headers.TryGetValues(source.Name, out var values) ? values.FirstOrDefault() : null,
                ValueSourceKind.FormField => fixture.Form?.FirstOrDefault(f => f.Key == source.Name).Value,
                ValueSourceKind.Constant => source.Name,
                _ => fixture.Json is { } json ? JsonPath(json, source.Name) : null,
            };
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? JsonPath(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var name in path.Split('.'))
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
