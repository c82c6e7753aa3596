using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Webhooks.Verification;

/// <summary>
/// HTTP Basic credentials (RFC 7617): <c>Authorization: Basic base64(username ":" password)</c>, the scheme name in
/// either case, the credentials UTF-8 and split at the first <c>:</c> (a password may hold more). The username and the
/// password are each compared through fixed-length digests (<see cref="CredentialDigest"/>) and the two results
/// combined without short-circuit, so a right username alone is not observable. Any configured pair may match.
/// Nothing is signed, not even the body: deduplicate on the delivery id, and receive over HTTPS only.
/// </summary>
internal sealed class HttpBasicVerifier : WebhookSignatureVerifier
{
    /// <summary>The challenge sent with a 401, so that a sender which waits for one (URL-embedded credentials) sends them.</summary>
    public const string BasicChallenge = "Basic realm=\"webhooks\", charset=\"UTF-8\"";

    // base64 of at most this many bytes is decoded from the stack.
    private const int StackLimit = 384;

    private readonly CredentialDigest _digest = new();
    private readonly (byte[] Username, byte[] Password)[] _credentials;

    /// <summary>Creates a verifier.</summary>
    /// <param name="credentials">The configured pairs, as UTF-8 bytes; any of them may be sent.</param>
    public HttpBasicVerifier(IReadOnlyList<(byte[] Username, byte[] Password)> credentials)
    {
        ArgumentOutOfRangeException.ThrowIfZero(credentials.Count);
        _credentials = [.. credentials.Select(c => (_digest.Of(c.Username), _digest.Of(c.Password)))];
    }

    /// <inheritdoc />
    public override string? Challenge => BasicChallenge;

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var values = request.Headers[HeaderNames.Authorization];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0])))
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (values.Count > 1 || !TryReadToken(values[0]!, out var token))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        var length = ((token.Length + 3) / 4) * 3;
        byte[]? rented = null;
        var decoded = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return new(Check(token, decoded));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(decoded); // it held a password
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private WebhookVerificationStatus Check(ReadOnlySpan<char> token, Span<byte> buffer)
    {
        if (!TryDecodeBase64(token, buffer, out var written))
        {
            return WebhookVerificationStatus.InvalidSignature;
        }

        var credentials = buffer[..written];
        var colon = credentials.IndexOf((byte)':'); // in UTF-8 the byte 0x3A is only ever ':'
        if (colon < 0 || !System.Text.Unicode.Utf8.IsValid(credentials))
        {
            return WebhookVerificationStatus.InvalidSignature;
        }

        Span<byte> username = stackalloc byte[CredentialDigest.Size];
        Span<byte> password = stackalloc byte[CredentialDigest.Size];
        _digest.Compute(credentials[..colon], username);
        _digest.Compute(credentials[(colon + 1)..], password);
        foreach (var pair in _credentials)
        {
            // '&', not '&&': both halves are compared every time.
            if (CryptographicOperations.FixedTimeEquals(username, pair.Username) & CryptographicOperations.FixedTimeEquals(password, pair.Password))
            {
                return WebhookVerificationStatus.Valid;
            }
        }

        return WebhookVerificationStatus.InvalidSignature;
    }

    // "Basic", one or more spaces, the base64 token, optional trailing spaces (RFC 9110 §11: the scheme is case-insensitive).
    private static bool TryReadToken(string header, out ReadOnlySpan<char> token)
    {
        token = default;
        var value = header.AsSpan().Trim(' ');
        if (value.Length <= 6 || !value.StartsWith("Basic", StringComparison.OrdinalIgnoreCase) || value[5] != ' ')
        {
            return false;
        }

        token = value[6..].TrimStart(' ');
        return token.Length > 0 && token.IndexOfAny(' ', '\t') < 0;
    }

    // Padding is optional: some clients leave it off.
    private static bool TryDecodeBase64(ReadOnlySpan<char> token, Span<byte> buffer, out int written)
    {
        written = 0;
        switch (token.Length % 4)
        {
            case 0:
                return Convert.TryFromBase64Chars(token, buffer, out written);
            case 1:
                return false;
            default:
                Span<char> padded = stackalloc char[4];
                var whole = token.Length - (token.Length % 4);
                if (token[..whole].Contains('=') || !Convert.TryFromBase64Chars(token[..whole], buffer, out var head))
                {
                    return false;
                }

                token[whole..].CopyTo(padded);
                padded[(token.Length % 4)..].Fill('=');
                if (!Convert.TryFromBase64Chars(padded, buffer[head..], out var tail))
                {
                    return false;
                }

                written = head + tail;
                return true;
        }
    }
}
