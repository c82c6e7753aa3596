using System.Text;
using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Sending;

/// <summary>
/// What a send posts: a fresh built-in fixture for every send (new ids each time), or the body of <c>--data</c>; then
/// the <c>--set</c> overrides.
/// </summary>
internal sealed class DeliveryBody
{
    private readonly ProviderDescriptor _provider;
    private readonly string _eventType;
    private readonly string? _data;
    private readonly string[] _overrides;

    private DeliveryBody(ProviderDescriptor provider, string eventType, string? data, string[] overrides)
    {
        _provider = provider;
        _eventType = eventType;
        _data = data;
        _overrides = overrides;
    }

    /// <summary>Whether the body comes from <c>--data</c> (the same for every send).</summary>
    public bool IsFixed => _data is not null;

    /// <summary>The event type named on the command line, or the provider's default event.</summary>
    public string EventType => _eventType;

    /// <summary>Reads <c>--data</c> (a file, or <c>-</c> for standard input) once, and checks the event and overrides.</summary>
    public static DeliveryBody Create(ProviderDescriptor provider, string? eventType, string? data, string[]? overrides, CliContext context)
    {
        string? body = null;
        if (data is not null)
        {
            body = Read(data, context);
            if (eventType is null && provider.EventType.Kind == ValueSourceKind.Header)
            {
                throw new CliUsageException($"{provider.Name} names the event in the {provider.EventType.Name} header: give it after the provider, such as {WebhookFixtures.DefaultEvent(provider.Name)}.");
            }
        }

        var result = new DeliveryBody(provider, eventType ?? WebhookFixtures.DefaultEvent(provider.Name), body, overrides ?? []);
        result.Next(); // a malformed --set or --data fails now, before anything is sent
        return result;
    }

    /// <summary>The next delivery: a fresh fixture (or the <c>--data</c> body) with the overrides applied.</summary>
    public WebhookFixture Next()
    {
        var fixture = WebhookFixtures.Create(_provider.Name, _eventType);
        if (_data is { } data)
        {
            fixture = IsJson(data) ? fixture.WithJson(data) : fixture.WithForm(ParseForm(data));
        }

        if (_overrides.Length == 0)
        {
            return fixture;
        }

        return fixture.Form is { } form
            ? fixture.WithForm(FieldOverrides.ApplyToForm(form, _overrides))
            : fixture.WithJson(FieldOverrides.ApplyToJson(fixture.Json!, _overrides));
    }

    private static string Read(string data, CliContext context)
    {
        try
        {
            if (data == "-")
            {
                using var input = context.OpenInput();
                using var reader = new StreamReader(input, Encoding.UTF8);
                return reader.ReadToEnd();
            }

            return File.ReadAllText(data, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--data {data}: {exception.Message}");
        }
    }

    private static bool IsJson(string body) => body.TrimStart() is { Length: > 0 } text && text[0] is '{' or '[';

    private static List<KeyValuePair<string, string>> ParseForm(string body) =>
        [.. body.Trim().Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : ""))];

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
