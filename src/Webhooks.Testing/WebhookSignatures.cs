using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;
using Webhooks.Providers;

namespace Webhooks.Testing;

/// <summary>
/// Signature header values computed exactly as each provider computes them, one function per scheme. Written
/// apart from the runtime's verifiers, so that a round trip through both tests each against the other.
/// </summary>
public static class WebhookSignatures
{
    /// <summary>The <c>webhook-signature</c> entry <c>v1,&lt;base64&gt;</c>: HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>.</summary>
    public static string StandardWebhooks(byte[] key, string webhookId, long timestamp, ReadOnlySpan<byte> body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, StandardWebhooksContent(webhookId, timestamp, body)));

    /// <summary>
    /// The <c>webhook-signature</c> entry <c>v1a,&lt;base64&gt;</c>: Ed25519 over <c>{id}.{timestamp}.{body}</c>, with the
    /// 32-byte private key (seed) that a <c>whsk_</c> key holds.
    /// </summary>
    public static string StandardWebhooksEd25519(byte[] privateKey, string webhookId, long timestamp, ReadOnlySpan<byte> body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, privateKey, KeyBlobFormat.RawPrivateKey);
        return "v1a," + Convert.ToBase64String(SignatureAlgorithm.Ed25519.Sign(key, StandardWebhooksContent(webhookId, timestamp, body)));
    }

    /// <summary>The <c>whpk_</c> public key, to configure on the receiver, of a <c>whsk_</c> private key.</summary>
    public static string StandardWebhooksPublicKey(byte[] privateKey)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, privateKey, KeyBlobFormat.RawPrivateKey);
        return "whpk_" + Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The <c>Stripe-Signature</c> value <c>t={timestamp},v1=&lt;hex&gt;</c>: HMAC-SHA256 over <c>{t}.{body}</c>.</summary>
    public static string Stripe(byte[] key, long timestamp, ReadOnlySpan<byte> body)
    {
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        return "t=" + t + ",v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Concat(t + ".", body)));
    }

    /// <summary>The <c>X-Slack-Signature</c> value <c>v0=&lt;hex&gt;</c>: HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>.</summary>
    public static string Slack(byte[] key, long timestamp, ReadOnlySpan<byte> body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Concat("v0:" + timestamp.ToString(CultureInfo.InvariantCulture) + ":", body)));

    /// <summary>
    /// The signature header value of a <see cref="SignatureScheme.TimestampedHmac"/> provider: HMAC-SHA256, hex, over
    /// <c>{SignedPrefix}{timestamp}{SignedSeparator}{body}</c>, written as its descriptor lays it out: Paddle's
    /// <c>ts={timestamp};h1=&lt;hex&gt;</c>, or the bare <c>{SignaturePrefix}&lt;hex&gt;</c> when the timestamp has a header of its own (Webflow).
    /// </summary>
    /// <param name="key">The key bytes.</param>
    /// <param name="provider">The provider's layout.</param>
    /// <param name="timestamp">The timestamp as sent, in the provider's unit.</param>
    /// <param name="body">The body.</param>
    public static string TimestampedHmac(byte[] key, ProviderDescriptor provider, string timestamp, ReadOnlySpan<byte> body)
    {
        var hex = Convert.ToHexStringLower(HMACSHA256.HashData(key, Concat(provider.SignedPrefix + timestamp + provider.SignedSeparator, body)));
        return provider.TimestampKey is { } timestampKey
            ? timestampKey + "=" + timestamp + provider.ItemSeparator + provider.SignatureKey + "=" + hex
            : provider.SignaturePrefix + hex;
    }

    /// <summary>A signature over the body alone, as GitHub, Shopify, Vercel and the like send it.</summary>
    public static string BodyHmac(byte[] key, ReadOnlySpan<byte> body, HmacAlgorithm algorithm, SignatureEncoding encoding, string? prefix = null)
    {
        var hash = algorithm == HmacAlgorithm.Sha1 ? HMACSHA1.HashData(key, body) : HMACSHA256.HashData(key, body);
        return prefix + (encoding == SignatureEncoding.Hex ? Convert.ToHexStringLower(hash) : Convert.ToBase64String(hash));
    }

    /// <summary>
    /// The <c>X-Twilio-Signature</c> value: HMAC-SHA1, base64, over the full URL followed by each parameter's name and
    /// value, sorted by name (a repeated name's values sorted too). JSON deliveries sign the URL with no parameters.
    /// </summary>
    public static string Twilio(byte[] key, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var signed = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            signed.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(signed.ToString())));
    }

    /// <summary>
    /// The <c>Authorization</c> value <c>Basic base64(username ":" password)</c> (RFC 7617, UTF-8), as Chargebee, Postmark
    /// and Deepgram send the credentials of a webhook URL.
    /// </summary>
    public static string HttpBasic(string username, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));

    private static byte[] StandardWebhooksContent(string webhookId, long timestamp, ReadOnlySpan<byte> body) =>
        Concat(webhookId + "." + timestamp.ToString(CultureInfo.InvariantCulture) + ".", body);

    private static byte[] Concat(string prefix, ReadOnlySpan<byte> body)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(prefix) + body.Length];
        var written = Encoding.UTF8.GetBytes(prefix, bytes);
        body.CopyTo(bytes.AsSpan(written));
        return bytes;
    }
}
