using System.Text;

namespace Webhooks.Testing;

/// <summary>
/// A test delivery of one provider, ready to sign and send: its event type, its body (JSON, or form fields for
/// Twilio) with fresh ids, and the headers the provider sends beside its signature. Made by
/// <see cref="WebhookFixtures.Create"/>; sent by <see cref="WebhookSender"/>.
/// </summary>
public sealed class WebhookFixture
{
    internal WebhookFixture(string provider, string eventType, string? json, IReadOnlyList<KeyValuePair<string, string>>? form, IReadOnlyDictionary<string, string> headers)
    {
        Provider = provider;
        EventType = eventType;
        Json = json;
        Form = form;
        Headers = headers;
    }

    /// <summary>The provider's name, such as <c>stripe</c>.</summary>
    public string Provider { get; }

    /// <summary>The event type, such as <c>payment_intent.succeeded</c>; sent in a header for providers that name it there.</summary>
    public string EventType { get; }

    /// <summary>The JSON body; <c>null</c> for a form-encoded fixture (see <see cref="Form"/>).</summary>
    public string? Json { get; }

    /// <summary>The form fields of a form-encoded fixture (Twilio's status callbacks), in the order sent; <c>null</c> for JSON.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Form { get; }

    /// <summary>Whether the body is form-encoded rather than JSON.</summary>
    public bool IsForm => Form is not null;

    /// <summary>The body's media type.</summary>
    public string ContentType => IsForm ? "application/x-www-form-urlencoded" : "application/json";

    /// <summary>
    /// Headers the provider sends beside its signature and delivery id (<c>User-Agent</c>,
    /// <c>X-Shopify-Shop-Domain</c>, <c>x-hookdeck-attempt-count</c>, …). The signature headers are added when it is signed.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as sent: the JSON text, or the form fields URL-encoded.</summary>
    public string Body => Json ?? string.Join('&', Form!.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    /// <summary>The body's UTF-8 bytes.</summary>
    public byte[] BodyBytes => Encoding.UTF8.GetBytes(Body);

    /// <summary>This fixture with another JSON body (the event type and headers kept).</summary>
    /// <param name="json">The JSON body to send instead.</param>
    public WebhookFixture WithJson(string json) => new(Provider, EventType, json, null, Headers);

    /// <summary>This fixture with other form fields (the event type and headers kept).</summary>
    /// <param name="form">The form fields to send instead, in order.</param>
    public WebhookFixture WithForm(IEnumerable<KeyValuePair<string, string>> form) => new(Provider, EventType, null, [.. form], Headers);

    /// <summary>This fixture with another event type, for providers that name the event in a header; the body is kept.</summary>
    /// <param name="eventType">The event type to send in the header.</param>
    public WebhookFixture WithEventType(string eventType) => new(Provider, eventType, Json, Form, Headers);
}
