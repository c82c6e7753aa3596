using Webhooks.Providers;

namespace Webhooks.Testing;

/// <summary>
/// Signs a <see cref="WebhookFixture"/> exactly as its provider does and posts it, with the headers the provider
/// sends beside the signature. Shared by the <c>dotnet webhooks</c> tool and the sample's <c>send</c>.
/// </summary>
/// <example>
/// <code>
/// var sender = new WebhookSender("github", "It's a Secret to Everybody");
/// using var response = await sender.SendAsync(client, WebhookFixtures.Create("github", "pull_request"));
/// </code>
/// </example>
public sealed class WebhookSender
{
    private readonly WebhookSigner _signer;

    /// <summary>Creates a sender for a built-in provider.</summary>
    /// <param name="provider">The provider's name, such as <c>openai</c>.</param>
    /// <param name="secret">The secret as the receiver is configured with it (see <see cref="WebhookSigner(string, string, TimeProvider?)"/>).</param>
    /// <param name="clock">The clock for signed timestamps; the system clock by default.</param>
    /// <exception cref="ArgumentException">The provider isn't built in, or the secret can't be used to sign.</exception>
    /// <exception cref="FormatException">The secret can't be decoded as the provider decodes it.</exception>
    public WebhookSender(string provider, string secret, TimeProvider? clock = null)
    {
        _signer = new WebhookSigner(provider, secret, clock);
        Provider = provider;
    }

    /// <summary>The provider's name.</summary>
    public string Provider { get; }

    /// <summary>The route the receiver maps the provider on unless configured otherwise: <c>/webhooks/{provider}</c>.</summary>
    public string DefaultPath => BuiltInProviders.Find(Provider)!.DefaultPath; // built in: the signer has checked

    /// <summary>
    /// Builds the signed request for <paramref name="fixture"/>: its body, the provider's signature headers, a fresh
    /// delivery id, the event-type header where the provider names the event in one, and the fixture's other headers.
    /// </summary>
    /// <param name="fixture">The delivery to sign.</param>
    /// <param name="requestUri">Where to post; absolute for Twilio, which signs the full URL.</param>
    public HttpRequestMessage CreateRequest(WebhookFixture fixture, string requestUri)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var request = fixture.Form is { } form
            ? _signer.CreateRequest(requestUri, form, eventType: fixture.EventType)
            : _signer.CreateRequest(requestUri, fixture.Json!, eventType: fixture.EventType);
        foreach (var (name, value) in fixture.Headers)
        {
            if (!request.Headers.Contains(name))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    /// <summary>Signs and posts <paramref name="fixture"/> to <paramref name="path"/> of <paramref name="client"/>'s base address.</summary>
    /// <param name="client">The client; its <see cref="HttpClient.BaseAddress"/> is the app's base URL.</param>
    /// <param name="fixture">The delivery to send.</param>
    /// <param name="path">The route; <see cref="DefaultPath"/> when <c>null</c>. An absolute URL is used as it is.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, WebhookFixture fixture, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = CreateRequest(fixture, Resolve(client.BaseAddress, path ?? DefaultPath));
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The absolute URL of <paramref name="path"/> under <paramref name="baseAddress"/> (Twilio signs the full URL).</summary>
    private static string Resolve(Uri? baseAddress, string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? path
            : baseAddress is null ? path : new Uri(baseAddress, path).ToString();
}
