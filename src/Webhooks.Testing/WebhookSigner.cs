using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Webhooks.Configuration;
using Webhooks.Infrastructure;
using Webhooks.Providers;
using Webhooks.Testing.Signing;

namespace Webhooks.Testing;

/// <summary>
/// Signs payloads as a provider does and builds the <see cref="HttpRequestMessage"/> it would send, so that
/// tests exercise handlers through real verification.
/// </summary>
/// <example>
/// <code>
/// var signer = new WebhookSigner("openai", "whsec_…", fakeTime);
/// var response = await client.SendAsync(signer.CreateRequest("/webhooks/openai", """{"type":"batch.completed", …}"""));
///
/// var github = new WebhookSigner("github", "It's a Secret to Everybody");
/// await client.SendAsync(github.CreateRequest("/webhooks/github", pushJson, eventType: "push"));
///
/// var twilio = new WebhookSigner("twilio", authToken);   // Twilio signs the full URL
/// await client.SendAsync(twilio.CreateRequest("http://localhost/webhooks/twilio", new Dictionary&lt;string, string&gt; { ["MessageStatus"] = "delivered" }));
/// </code>
/// </example>
public sealed class WebhookSigner
{
    private readonly ProviderDescriptor _provider;
    private readonly byte[] _key;
    private readonly bool _ed25519;
    private readonly PrivateSigningKey? _privateKey;
    private readonly TimeProvider _clock;

    /// <summary>Creates a signer for a built-in provider.</summary>
    /// <param name="provider">The provider's name, such as <c>openai</c>.</param>
    /// <param name="secret">
    /// The secret as it would be configured; for Standard Webhooks <c>v1a</c>, the sender's Ed25519 private key
    /// (<c>whsk_</c> + base64 of its 32-byte seed), whose <c>whpk_</c> public key the receiver is configured with;
    /// for SendGrid, a P-256 private key, and for FusionAuth an HMAC secret or a private key, as PKCS#8 PEM or base64
    /// (<see cref="WebhookKeyPair"/> makes one; the receiver is configured with its public key).
    /// For HTTP Basic providers (<c>chargebee</c>, <c>postmark</c>, <c>deepgram</c>), <c>username:password</c>; for a
    /// token provider (<c>gitlab</c>), the token.
    /// </param>
    /// <param name="clock">The clock for signed timestamps; the system clock by default.</param>
    public WebhookSigner(string provider, string secret, TimeProvider? clock = null)
        : this(BuiltInProviders.Find(provider) ?? throw new ArgumentException($"'{provider}' is not a built-in webhook provider.", nameof(provider)), secret, clock)
    {
    }

    /// <summary>
    /// Creates a signer for a provider an application has registered, built in or declared with
    /// <c>[assembly: WebhookProviderDefinition]</c>: pass the application's services.
    /// </summary>
    public WebhookSigner(IServiceProvider services, string provider, string secret, TimeProvider? clock = null)
        : this(RegisteredProvider(services, provider), secret, clock)
    {
    }

    /// <summary>Creates a signer for any provider descriptor.</summary>
    public WebhookSigner(ProviderDescriptor provider, string secret, TimeProvider? clock = null)
    {
        _provider = provider;
        _clock = clock ?? TimeProvider.System;
        if (provider.Scheme is SignatureScheme.EcdsaTimestamped or SignatureScheme.Jwt)
        {
            (_key, _privateKey) = PublicKeySchemeKey(provider, secret);
        }
        else if (provider.Scheme == SignatureScheme.StandardWebhooks && secret.StartsWith(SecretDecoder.StandardWebhooksPrivateKeyPrefix, StringComparison.Ordinal))
        {
            _key = Convert.FromBase64String(secret[SecretDecoder.StandardWebhooksPrivateKeyPrefix.Length..]);
            _ed25519 = true;
        }
        else if (SecretDecoder.IsPublicKey(secret, provider.SecretEncoding))
        {
            throw new ArgumentException("A public key ('whpk_') only verifies; sign with its private key ('whsk_').", nameof(secret));
        }
        else if (provider.Scheme == SignatureScheme.HttpBasic && !secret.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("HTTP Basic credentials are given as 'username:password'.", nameof(secret));
        }
        else
        {
            _key = SecretDecoder.Decode(secret, provider.SecretEncoding);
        }
    }

    /// <summary>
    /// For JWT-signing providers (FusionAuth): the <c>alg</c> to sign with; by default <c>HS256</c> for an HMAC secret,
    /// and for a private key the algorithm of its kind (<c>RS256</c>, <c>ES256</c>/<c>ES384</c>/<c>ES512</c>, <c>EdDSA</c>).
    /// </summary>
    public string? JwtAlgorithm { get; init; }

    /// <summary>For JWT-signing providers: the <c>kid</c> to put in the token's header; none by default.</summary>
    public string? JwtKeyId { get; init; }

    /// <summary>
    /// Builds a signed <c>POST</c> of a JSON <paramref name="body"/> to <paramref name="requestUri"/>, with the
    /// provider's headers, a timestamp from the clock and a fresh delivery id unless one is given. For Twilio
    /// the URI must be absolute, and <c>bodySHA256</c> is added to it as Twilio does for JSON bodies.
    /// </summary>
    /// <param name="requestUri">Where to post; absolute for Twilio, which signs the full URL.</param>
    /// <param name="body">The JSON body, sent as its UTF-8 bytes.</param>
    /// <param name="webhookId">The delivery id (<c>webhook-id</c>, <c>X-GitHub-Delivery</c>, …); a fresh one when <c>null</c>.</param>
    /// <param name="eventType">For providers that name the event in a header (<c>X-GitHub-Event</c>, <c>X-Shopify-Topic</c>): its value.</param>
    public HttpRequestMessage CreateRequest(string requestUri, string body, string? webhookId = null, string? eventType = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var uri = _provider.Scheme == SignatureScheme.Twilio ? WithBodyHash(requestUri, bytes) : requestUri;
        return Build(uri, bytes, "application/json", [], webhookId, eventType);
    }

    /// <summary>
    /// Builds a signed form-encoded <c>POST</c> of <paramref name="form"/> (Twilio's usual delivery, Slack's slash
    /// commands). A repeated field may appear more than once.
    /// </summary>
    /// <param name="requestUri">Where to post; absolute for Twilio, which signs the full URL.</param>
    /// <param name="form">The form fields, in the order they are sent.</param>
    /// <param name="webhookId">The delivery id, for providers that send one in a header; a fresh one when <c>null</c>.</param>
    /// <param name="eventType">For providers that name the event in a header: its value.</param>
    public HttpRequestMessage CreateRequest(string requestUri, IEnumerable<KeyValuePair<string, string>> form, string? webhookId = null, string? eventType = null)
    {
        var fields = form.ToList();
        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        return Build(requestUri, Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded", fields, webhookId, eventType);
    }

    // SendGrid signs with a P-256 private key; a JWT is signed with an HMAC secret or a private key.
    private static (byte[] Secret, PrivateSigningKey? PrivateKey) PublicKeySchemeKey(ProviderDescriptor provider, string secret)
    {
        if (PrivateSigningKey.TryRead(secret) is { } privateKey)
        {
            return ([], privateKey);
        }

        if (provider.Scheme == SignatureScheme.EcdsaTimestamped || secret.Contains("PUBLIC KEY-----", StringComparison.Ordinal) || secret.Contains("CERTIFICATE-----", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{provider.Name}' deliveries are signed with a private key: pass it as PKCS#8 (PEM or base64; WebhookKeyPair makes one), " +
                "and configure the receiver with its public key.", nameof(secret));
        }

        return (Encoding.UTF8.GetBytes(secret), null);
    }

    private static ProviderDescriptor RegisteredProvider(IServiceProvider services, string name) =>
        services.GetServices<WebhookHandlerRegistration>()
            .SelectMany(r => new[] { r.Provider, r.VerifyingProvider })
            .FirstOrDefault(p => p.Name == name)
        ?? BuiltInProviders.Find(name)
        ?? throw new ArgumentException($"No handler class of this application uses the webhook provider '{name}'.", nameof(name));

    private HttpRequestMessage Build(string uri, byte[] body, string contentType, List<KeyValuePair<string, string>> form, string? webhookId, string? eventType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var id = webhookId ?? NewDeliveryId();
        foreach (var (name, value) in SignatureHeaders(uri, body, form, id))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        AddDeliveryHeaders(request, id, eventType);
        return request;
    }

    // One signing function per scheme; each returns the headers its provider signs with.
    private IEnumerable<(string Name, string Value)> SignatureHeaders(string uri, byte[] body, List<KeyValuePair<string, string>> form, string id)
    {
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        var timestampText = timestamp.ToString(CultureInfo.InvariantCulture);
        switch (_provider.Scheme)
        {
            case SignatureScheme.StandardWebhooks:
                // The provider's first header names: webhook-* by the specification, svix-* for Clerk and Resend.
                var names = _provider.StandardWebhooksHeaders[0];
                yield return (names.Id, id);
                yield return (names.Timestamp, timestampText);
                yield return (names.Signature, _ed25519
                    ? WebhookSignatures.StandardWebhooksEd25519(_key, id, timestamp, body)
                    : WebhookSignatures.StandardWebhooks(_key, id, timestamp, body));
                break;
            case SignatureScheme.Stripe:
                yield return ("Stripe-Signature", WebhookSignatures.Stripe(_key, timestamp, body));
                break;
            case SignatureScheme.Slack:
                yield return ("X-Slack-Request-Timestamp", timestampText);
                yield return ("X-Slack-Signature", WebhookSignatures.Slack(_key, timestamp, body));
                break;
            case SignatureScheme.BodyHmac:
                var header = _provider.SignatureHeader ?? throw new InvalidOperationException($"Provider '{_provider.Name}' names no signature header.");
                yield return (header, WebhookSignatures.BodyHmac(_key, body, _provider.Algorithm, _provider.Encoding, _provider.SignaturePrefix));
                break;
            case SignatureScheme.Twilio:
                yield return ("X-Twilio-Signature", WebhookSignatures.Twilio(_key, Absolute(uri), form));
                break;
            case SignatureScheme.EcdsaTimestamped:
                // The timestamp header's text, then the body, signed with ECDSA P-256 / SHA-256; base64 of the DER signature.
                yield return (_provider.TimestampHeader!, timestampText);
                yield return (_provider.SignatureHeader!, Convert.ToBase64String(_privateKey!.SignEcdsaP256Der([.. Encoding.ASCII.GetBytes(timestampText), .. body])));
                break;
            case SignatureScheme.Jwt:
                var algorithm = JwtAlgorithm ?? _privateKey?.DefaultJwtAlgorithm ?? "HS256";
                yield return (_provider.SignatureHeader!, JwtSigning.Token(algorithm, JwtKeyId, _provider.BodyHashClaim!, body, _privateKey is null ? _key : null, _privateKey));
                break;
            case SignatureScheme.SharedToken when _provider.TokenSource is { Kind: ValueSourceKind.JsonPath }:
                break; // the token travels in the body, which the caller writes
            case SignatureScheme.SharedToken:
                var tokenHeader = _provider.TokenSource?.Name ?? _provider.SignatureHeader
                    ?? throw new InvalidOperationException($"Provider '{_provider.Name}' names no token header.");
                yield return (tokenHeader, _provider.SignaturePrefix + Encoding.UTF8.GetString(_key));
                break;
            case SignatureScheme.HttpBasic:
                yield return ("Authorization", "Basic " + Convert.ToBase64String(_key)); // the secret is "username:password"
                break;
            case SignatureScheme.TimestampedHmac:
                var signed = _provider.TimestampUnit == TimestampUnit.Milliseconds
                    ? _clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
                    : timestampText;
                if (_provider.TimestampHeader is { } timestampHeader)
                {
                    yield return (timestampHeader, signed);
                }

                var signatureHeader = _provider.SignatureHeader ?? throw new InvalidOperationException($"Provider '{_provider.Name}' names no signature header.");
                yield return (signatureHeader, WebhookSignatures.TimestampedHmac(_key, _provider, signed, body));
                break;
            default:
                throw new NotSupportedException($"Signing for the {_provider.Scheme} scheme is not available.");
        }
    }

    // The provider's own delivery headers, from its descriptor: the event name where it is a header, and the
    // delivery id under every idempotency header (X-GitHub-Delivery, X-Shopify-Webhook-Id, x-hookdeck-eventid, …).
    private void AddDeliveryHeaders(HttpRequestMessage request, string id, string? eventType)
    {
        if (eventType is not null && _provider.EventType.Kind == ValueSourceKind.Header)
        {
            request.Headers.TryAddWithoutValidation(_provider.EventType.Name, eventType);
        }

        foreach (var key in _provider.IdempotencyKeys)
        {
            if (key.Kind == ValueSourceKind.Header && !request.Headers.Contains(key.Name) && !IsSignedIdHeader(key.Name))
            {
                request.Headers.TryAddWithoutValidation(key.Name, id);
            }
        }
    }

    // A Standard Webhooks sender sends one set of header names (the signer writes the first); the other sets' id headers
    // are alternatives for the receiver, not headers to add.
    private bool IsSignedIdHeader(string name) =>
        _provider.Scheme == SignatureScheme.StandardWebhooks
        && _provider.StandardWebhooksHeaders.Any(names => string.Equals(names.Id, name, StringComparison.OrdinalIgnoreCase));

    private string NewDeliveryId() =>
        _provider.Scheme == SignatureScheme.StandardWebhooks ? "msg_" + Guid.NewGuid().ToString("N") : Guid.NewGuid().ToString();

    // Twilio puts the SHA-256 of a JSON body in the URL it signs.
    private static string WithBodyHash(string uri, byte[] body) =>
        Absolute(uri) + (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "bodySHA256=" + Convert.ToHexStringLower(SHA256.HashData(body));

    private static string Absolute(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
        ? uri
        : throw new ArgumentException("Twilio signs the full URL: pass an absolute URI such as http://localhost/webhooks/twilio.", nameof(uri));
}
