using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Webhooks.Pipeline;

namespace Webhooks.Verification;

/// <summary>
/// Twilio: <c>X-Twilio-Signature</c> is HMAC-SHA1 (base64, keyed with the Auth Token) over the full URL and,
/// for a form body, every POST parameter sorted by name and appended as name then value (the values of a
/// repeated name sorted too). A JSON body is not signed itself: the URL carries <c>bodySHA256=&lt;hex&gt;</c>,
/// and that hash is checked against the body. The URL is tried without and with its port.
/// </summary>
internal sealed class TwilioVerifier : WebhookSignatureVerifier
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>The query parameter that carries the SHA-256 of a JSON body.</summary>
    public const string BodyHashParameter = "bodySHA256";

    private const int HashSize = 20;
    private readonly ReusableHmac[] _keys;
    private readonly string? _publicBaseUrl;
    private readonly bool _trustForwardedHeaders;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The Auth Tokens' UTF-8 bytes (primary and secondary, while one is rotated).</param>
    /// <param name="publicBaseUrl">The scheme, host and path prefix the sender posts to, when a proxy changes them; see <see cref="Configuration.WebhookProviderOptions.PublicBaseUrl"/>.</param>
    /// <param name="trustForwardedHeaders">Whether to take the scheme and host from <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c>.</param>
    public TwilioVerifier(IReadOnlyList<byte[]> keys, string? publicBaseUrl = null, bool trustForwardedHeaders = false)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        _keys = ReusableHmac.ForKeys(keys, HashAlgorithmName.SHA1);
        _publicBaseUrl = publicBaseUrl;
        _trustForwardedHeaders = trustForwardedHeaders;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var signature = SignatureInput.Header(request.Headers, SignatureHeader);
        if (signature.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        Span<byte> candidate = stackalloc byte[HashSize];
        if (!SignatureInput.TryDecodeBase64(signature, candidate) || SignedParameters(request, body) is not { } parameters)
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        var url = TwilioRequestUrl.AsSeenBySender(request, _publicBaseUrl, _trustForwardedHeaders);
        var (withoutPort, withPort) = TwilioRequestUrl.PortVariants(url);
        return Matches(withoutPort, parameters, candidate) || Matches(withPort, parameters, candidate)
            ? new(WebhookVerificationStatus.Valid)
            : new(WebhookVerificationStatus.InvalidSignature);
    }

    /// <summary>
    /// The parameter text appended to the URL, or <c>null</c> when the body can't be trusted: a JSON body whose
    /// hash doesn't match <c>bodySHA256</c>, or a body that is neither a form nor hashed in the URL.
    /// </summary>
    private static string? SignedParameters(HttpRequest request, ReadOnlySpan<byte> body)
    {
        if (request.Query.TryGetValue(BodyHashParameter, out var bodyHash))
        {
            return BodyHashMatches(bodyHash.ToString(), body) ? "" : null;
        }

        if (IsForm(request.ContentType))
        {
            return SortedFormParameters(body);
        }

        return body.IsEmpty ? "" : null;
    }

    private static bool BodyHashMatches(string hex, ReadOnlySpan<byte> body)
    {
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, actual);
        return SignatureInput.TryDecodeHex(hex, expected) && CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static string SortedFormParameters(ReadOnlySpan<byte> body)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var reader = FormBody.Reader(body);
        while (reader.ReadNextPair() is { } pair)
        {
            pairs.Add(pair);
        }

        // Twilio's libraries sort by name in code-unit order, and a repeated name's values likewise.
        pairs.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });
        var text = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            text.Append(key).Append(value);
        }

        return text.ToString();
    }

    private bool Matches(string url, string parameters, ReadOnlySpan<byte> candidate)
    {
        var signed = Encoding.UTF8.GetBytes(url + parameters);
        Span<byte> expected = stackalloc byte[HashSize];
        foreach (var key in _keys)
        {
            key.Compute(signed, expected);
            if (CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.AsSpan().TrimStart().StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
