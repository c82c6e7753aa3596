using System.Text;
using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>
/// The key a provider reads from a secret and, to diagnose a mismatch, the other ways senders commonly read the same
/// secret: its raw UTF-8 bytes, the base64 after <c>whsec_</c>, without its prefix, hex-decoded, or trimmed.
/// </summary>
internal static class SecretVariants
{
    private const string Prefix = SecretDecoder.StandardWebhooksPrefix;

    /// <summary>The key as <paramref name="encoding"/> decodes the secret; on failure <paramref name="problem"/> says why.</summary>
    public static SigningKey? Primary(string secret, SecretEncoding encoding, out string? problem)
    {
        if (!SecretDecoder.TryDecode(secret, encoding, out var bytes, out problem))
        {
            return null;
        }

        var isPublicKey = SecretDecoder.IsPublicKey(secret, encoding);
        return new SigningKey(bytes, isPublicKey, isPublicKey ? "the Ed25519 public key after 'whpk_'" : Expected(secret, encoding));
    }

    /// <summary>How the provider reads this secret, in words.</summary>
    public static string Expected(string secret, SecretEncoding encoding) => encoding switch
    {
        SecretEncoding.Utf8 => secret.StartsWith(Prefix, StringComparison.Ordinal)
            ? "its UTF-8 bytes verbatim, the 'whsec_' prefix included"
            : "its UTF-8 bytes verbatim",
        SecretEncoding.StandardWebhooks => secret.StartsWith(Prefix, StringComparison.Ordinal)
            ? "the base64 bytes after 'whsec_'"
            : "its base64 bytes (a Standard Webhooks secret is 'whsec_' followed by base64)",
        _ => secret.StartsWith(Prefix, StringComparison.Ordinal)
            ? "the base64 bytes after 'whsec_'"
            : "its UTF-8 bytes verbatim (there is no 'whsec_' prefix)",
    };

    /// <summary>Other readings of the secret whose bytes differ from <paramref name="primary"/>'s.</summary>
    public static IEnumerable<SigningKey> Alternatives(string secret, SecretEncoding encoding, SigningKey? primary)
    {
        if (primary is { IsPublicKey: true })
        {
            yield break;
        }

        var seen = new List<byte[]>();
        if (primary is not null)
        {
            seen.Add(primary.Bytes);
        }

        var hasPrefix = secret.StartsWith(Prefix, StringComparison.Ordinal);
        var candidates = new List<(byte[]? Bytes, string Description)>
        {
            (Encoding.UTF8.GetBytes(secret), hasPrefix ? "the secret's raw UTF-8 bytes, its 'whsec_' prefix included" : "the secret's raw UTF-8 bytes"),
            (hasPrefix ? Base64(secret[Prefix.Length..]) : null, "the base64 bytes after its 'whsec_' prefix"),
            (hasPrefix ? Encoding.UTF8.GetBytes(secret[Prefix.Length..]) : null, "the UTF-8 bytes of the secret without its 'whsec_' prefix"),
            (hasPrefix ? null : Base64(secret), "the secret's base64-decoded bytes"),
            (Hex(secret), "the secret's hex-decoded bytes"),
        };
        if (secret.Trim() is var trimmed && trimmed.Length != secret.Length && SecretDecoder.TryDecode(trimmed, encoding, out var trimmedKey, out _))
        {
            candidates.Add((trimmedKey, "the secret without its surrounding whitespace (a line ending copied with it?)"));
        }

        foreach (var (bytes, description) in candidates)
        {
            if (bytes is { Length: > 0 } && !seen.Any(s => s.AsSpan().SequenceEqual(bytes)))
            {
                seen.Add(bytes);
                yield return new SigningKey(bytes, false, description);
            }
        }
    }

    private static byte[]? Base64(string text)
    {
        var padded = (text.Length % 4) switch { 2 => text + "==", 3 => text + "=", _ => text };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[]? Hex(string text)
    {
        if (text.Length == 0 || text.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
