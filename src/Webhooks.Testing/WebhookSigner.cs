using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Testing;

/// <summary>
/// Signs payloads as a provider does and builds the <see cref="HttpRequestMessage"/> it would send, so that
/// tests exercise handlers through real verification.
/// </summary>
/// <example>
/// <code>
/// var signer = new WebhookSigner("openai", "whsec_…", fakeTime);
/// var response = await client.SendAsync(signer.CreateRequest("/webhooks/openai", """{"type":"batch.completed", …}"""));
/// </code>
/// </example>
public sealed class WebhookSigner
{
    private readonly ProviderDescriptor _provider;
    private readonly byte[] _key;
    private readonly TimeProvider _clock;

    /// <summary>Creates a signer for a built-in provider.</summary>
    /// <param name="provider">The provider's name, such as <c>openai</c>.</param>
    /// <param name="secret">The secret as it would be configured.</param>
    /// <param name="clock">The clock for signed timestamps; the system clock by default.</param>
    public WebhookSigner(string provider, string secret, TimeProvider? clock = null)
        : this(BuiltInProviders.Find(provider) ?? throw new ArgumentException($"'{provider}' is not a built-in webhook provider.", nameof(provider)), secret, clock)
    {
    }

    /// <summary>Creates a signer for any provider descriptor.</summary>
    public WebhookSigner(ProviderDescriptor provider, string secret, TimeProvider? clock = null)
    {
        _provider = provider;
        _key = SecretDecoder.Decode(secret, provider.SecretEncoding);
        _clock = clock ?? TimeProvider.System;
        if (provider.Scheme != SignatureScheme.StandardWebhooks)
        {
            throw new NotSupportedException($"Signing for the {provider.Scheme} scheme is not available yet.");
        }
    }

    /// <summary>
    /// Builds a signed <c>POST</c> of <paramref name="body"/> to <paramref name="requestUri"/>, with the
    /// provider's headers, a timestamp from the clock and a fresh delivery id unless one is given.
    /// </summary>
    public HttpRequestMessage CreateRequest(string requestUri, string body, string? webhookId = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var id = webhookId ?? "msg_" + Guid.NewGuid().ToString("N");
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, requestUri)
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", StandardWebhooksSignature(_key, id, timestamp, bytes));
        return request;
    }

    /// <summary>The <c>webhook-signature</c> value (<c>v1,&lt;base64&gt;</c>) Standard Webhooks would send.</summary>
    public static string StandardWebhooksSignature(byte[] key, string webhookId, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
