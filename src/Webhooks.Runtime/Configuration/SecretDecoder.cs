using System.Buffers.Text;
using System.Text;
using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>Turns a configured secret string into HMAC key bytes, as its provider does.</summary>
internal static class SecretDecoder
{
    /// <summary>The Standard Webhooks secret prefix.</summary>
    public const string StandardWebhooksPrefix = "whsec_";

    /// <summary>The Standard Webhooks prefix of an Ed25519 public key, which verifies <c>v1a</c> signatures.</summary>
    public const string StandardWebhooksPublicKeyPrefix = "whpk_";

    /// <summary>The Standard Webhooks prefix of an Ed25519 private key: the sender's, never configured on a receiver.</summary>
    public const string StandardWebhooksPrivateKeyPrefix = "whsk_";

    /// <summary>The size of an Ed25519 public key.</summary>
    public const int Ed25519PublicKeySize = 32;

    /// <summary>
    /// Whether <paramref name="secret"/> is a Standard Webhooks public key (<c>whpk_</c>), which verifies
    /// <c>v1a</c> (Ed25519) signatures instead of being an HMAC key.
    /// </summary>
    public static bool IsPublicKey(string secret, SecretEncoding encoding) =>
        encoding is SecretEncoding.StandardWebhooks or SecretEncoding.StandardWebhooksOrUtf8
        && secret.StartsWith(StandardWebhooksPublicKeyPrefix, StringComparison.Ordinal);

    /// <summary>Decodes a secret, or throws <see cref="FormatException"/> saying why it can't be used (never quoting it).</summary>
    public static byte[] Decode(string secret, SecretEncoding encoding) =>
        TryDecode(secret, encoding, out var key, out var problem) ? key : throw new FormatException(problem);

    /// <summary>Decodes a secret; on failure <paramref name="problem"/> says why, without quoting the secret.</summary>
    public static bool TryDecode(string secret, SecretEncoding encoding, out byte[] key, out string? problem)
    {
        problem = null;
        if (IsPublicKey(secret, encoding))
        {
            return TryDecodePublicKey(secret.AsSpan(StandardWebhooksPublicKeyPrefix.Length), out key, out problem);
        }

        if (encoding != SecretEncoding.Utf8 && secret.StartsWith(StandardWebhooksPrivateKeyPrefix, StringComparison.Ordinal))
        {
            key = [];
            problem = "it is a private signing key ('whsk_'), which only the sender holds; configure its public key ('whpk_') instead.";
            return false;
        }

        var hasPrefix = secret.StartsWith(StandardWebhooksPrefix, StringComparison.Ordinal);
        switch (encoding)
        {
            case SecretEncoding.StandardWebhooksOrUtf8 when !hasPrefix:
            case SecretEncoding.Utf8:
                key = Encoding.UTF8.GetBytes(secret);
                break;
            default:
                var base64 = hasPrefix ? secret.AsSpan(StandardWebhooksPrefix.Length) : secret.AsSpan();
                if (!TryDecodeBase64(base64, out key))
                {
                    problem = hasPrefix
                        ? "it is not valid base64 after the 'whsec_' prefix."
                        : "it is not valid base64 (a Standard Webhooks secret is 'whsec_' followed by base64).";
                    return false;
                }

                break;
        }

        if (key.Length == 0)
        {
            problem = "it is empty.";
            return false;
        }

        return true;
    }

    private static bool TryDecodePublicKey(ReadOnlySpan<char> base64, out byte[] key, out string? problem)
    {
        problem = null;
        if (!TryDecodeBase64(base64, out key) || key.Length != Ed25519PublicKeySize)
        {
            key = [];
            problem = "it is not 32 bytes of base64 after the 'whpk_' prefix, as an Ed25519 public key is.";
            return false;
        }

        return true;
    }

    // Standard Webhooks secrets are often written without '=' padding; accept both forms.
    private static bool TryDecodeBase64(ReadOnlySpan<char> text, out byte[] bytes)
    {
        var padded = (text.Length % 4) switch
        {
            2 => string.Concat(text, "=="),
            3 => string.Concat(text, "="),
            _ => text.ToString(),
        };
        bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(padded.Length)];
        if (!Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = bytes[..written];
        return true;
    }
}
