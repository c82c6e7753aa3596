using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Testing.Verification;

/// <summary>
/// Twilio: <c>X-Twilio-Signature</c>, HMAC-SHA1 base64 over the full URL and the form fields sorted by name (a JSON
/// body is hashed into the URL's <c>bodySHA256</c> instead); the URL is tried without and with its port.
/// </summary>
internal sealed class TwilioReading : SignatureReading
{
    private const string HeaderName = "X-Twilio-Signature";
    private const string BodyHashParameter = "bodySHA256";

    private TwilioReading(string url, byte[] signature, bool isForm)
    {
        Url = url;
        Signature = signature;
        IsForm = isForm;
    }

    private string Url { get; }

    private byte[] Signature { get; }

    private bool IsForm { get; }

    public static SignatureReading? Read(CapturedHeaders headers, string url, byte[] body, out WebhookCheckResult? problem)
    {
        var value = headers.Get(HeaderName);
        if (value.Length == 0)
        {
            problem = Missing(HeaderName);
            return null;
        }

        if (Base64(value, HMACSHA1.HashSizeInBytes) is not { } signature)
        {
            problem = Malformed(HeaderName, "is not base64 of 20 bytes (an HMAC-SHA1).");
            return null;
        }

        var isForm = headers.Get("Content-Type").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (QueryValue(url, BodyHashParameter) is { } hash)
        {
            if (!string.Equals(hash, Convert.ToHexStringLower(SHA256.HashData(body)), StringComparison.OrdinalIgnoreCase))
            {
                problem = new WebhookCheckResult(WebhookCheckStatus.InvalidSignature,
                    $"the body's SHA-256 is not the {BodyHashParameter} in the URL: the body is not the one that was sent.");
                return null;
            }

            isForm = false;
        }
        else if (!isForm && body.Length > 0)
        {
            problem = new WebhookCheckResult(WebhookCheckStatus.MalformedHeader,
                $"the body is neither a form (Content-Type: application/x-www-form-urlencoded) nor hashed in the URL's {BodyHashParameter}: Twilio signs one or the other.");
            return null;
        }

        problem = null;
        return new TwilioReading(url, signature, isForm) { Header = HeaderName };
    }

    public override string SignedParts => "the URL or the form fields";

    public override bool Matches(SigningKey key, byte[] body)
    {
        var parameters = IsForm ? SortedParameters(Encoding.UTF8.GetString(body)) : "";
        return PortVariants(Url).Any(url =>
            CryptographicOperations.FixedTimeEquals(Signature, HMACSHA1.HashData(key.Bytes, Encoding.UTF8.GetBytes(url + parameters))));
    }

    private static string SortedParameters(string form) => string.Concat(form
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(parts => (Name: Decode(parts[0]), Value: parts.Length > 1 ? Decode(parts[1]) : ""))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ThenBy(p => p.Value, StringComparer.Ordinal)
        .Select(p => p.Name + p.Value));

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        return url[(query + 1)..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts[0] == name)
            .Select(parts => parts.Length > 1 ? Decode(parts[1]) : "")
            .FirstOrDefault();
    }

    // The URL as written, and with its port removed or added (the scheme's default): Twilio's own validators accept either.
    private static IEnumerable<string> PortVariants(string url)
    {
        yield return url;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            yield break;
        }

        var hostStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        authorityEnd = authorityEnd < 0 ? url.Length : authorityEnd;
        var authority = url[hostStart..authorityEnd];
        var colon = authority.LastIndexOf(':');
        if (colon >= 0 && colon > authority.LastIndexOf(']'))
        {
            yield return url.Remove(hostStart + colon, authority.Length - colon);
        }
        else if (url[..schemeEnd].ToLowerInvariant() is var scheme && scheme is "http" or "https")
        {
            yield return url.Insert(authorityEnd, scheme == "https" ? ":443" : ":80");
        }
    }
}
