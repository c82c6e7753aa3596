using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using NSec.Cryptography;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>
/// Standard Webhooks: the signed content is <c>{webhook-id}.{webhook-timestamp}.{body}</c>, and
/// <c>webhook-signature</c> holds space-separated entries, each checked by its version: <c>v1,&lt;base64&gt;</c>
/// is HMAC-SHA256 under a symmetric key (<c>whsec_</c>), <c>v1a,&lt;base64&gt;</c> is Ed25519 under a public key
/// (<c>whpk_</c>). Any entry that matches any configured key passes; other versions are skipped. Which header names
/// are read (<c>webhook-*</c>, <c>svix-*</c>) is the provider's data: each header from the first of its sets that has it.
/// </summary>
internal sealed class StandardWebhooksVerifier : WebhookSignatureVerifier
{
    private const int HashSize = 32;
    private const int Ed25519SignatureSize = 64;
    private readonly ReusableHmac[] _keys;
    private readonly PublicKey[] _publicKeys;
    private readonly TimeSpan? _tolerance;
    private readonly TimeProvider _clock;
    private readonly StandardWebhooksHeaderNames[] _headers;

    /// <summary>Creates a verifier for <c>v1</c> (HMAC-SHA256) signatures.</summary>
    /// <param name="keys">The decoded signing keys; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public StandardWebhooksVerifier(IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
        : this(keys, [], tolerance, clock, BuiltInProviders.StandardWebhooks.StandardWebhooksHeaders)
    {
    }

    /// <summary>Creates a verifier for <c>v1</c> (HMAC-SHA256) and <c>v1a</c> (Ed25519) signatures.</summary>
    /// <param name="keys">The decoded symmetric keys that verify <c>v1</c> entries; may be empty.</param>
    /// <param name="publicKeys">The 32-byte Ed25519 public keys that verify <c>v1a</c> entries; may be empty.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    /// <param name="headers">The header names deliveries may carry, in order (<see cref="ProviderDescriptor.StandardWebhooksHeaders"/>).</param>
    public StandardWebhooksVerifier(IReadOnlyList<byte[]> keys, IReadOnlyList<byte[]> publicKeys, TimeSpan? tolerance, TimeProvider clock, IReadOnlyList<StandardWebhooksHeaderNames> headers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(headers.Count);
        _headers = [.. headers];
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count + publicKeys.Count);
        _keys = ReusableHmac.ForKeys(keys, HashAlgorithmName.SHA256);
        _publicKeys = [.. publicKeys.Select(key => PublicKey.Import(SignatureAlgorithm.Ed25519, key, KeyBlobFormat.RawPublicKey))];
        _tolerance = tolerance;
        _clock = clock;
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var headers = request.Headers;
        var id = Header(headers, static names => names.Id);
        var timestampText = Header(headers, static names => names.Timestamp);
        var signatures = Header(headers, static names => names.Signature, ' ');
        if (id.Length == 0 || timestampText.Length == 0 || signatures.Length == 0)
        {
            return new(WebhookVerificationStatus.MissingHeaders);
        }

        if (!SignatureInput.TryParseUnixSeconds(timestampText, out var seconds))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        if (!SignatureMatches(id, timestampText, body, signatures))
        {
            return new(WebhookVerificationStatus.InvalidSignature);
        }

        return SignedAt(seconds, _tolerance, _clock);
    }

    private bool SignatureMatches(string id, string timestamp, ReadOnlySpan<byte> body, string signatures)
    {
        // The signed content is "{id}.{timestamp}.{body}"; build it once in a pooled buffer.
        var length = Encoding.UTF8.GetByteCount(id) + timestamp.Length + body.Length + 2;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(id, buffer);
            buffer[written++] = (byte)'.';
            written += Encoding.ASCII.GetBytes(timestamp, buffer.AsSpan(written));
            buffer[written++] = (byte)'.';
            body.CopyTo(buffer.AsSpan(written));
            var signed = buffer.AsSpan(0, length);
            return HmacEntryMatches(signed, signatures) || Ed25519EntryMatches(signed, signatures);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool HmacEntryMatches(ReadOnlySpan<byte> signed, ReadOnlySpan<char> signatures)
    {
        Span<byte> expected = stackalloc byte[HashSize];
        Span<byte> candidate = stackalloc byte[HashSize];
        foreach (var key in _keys)
        {
            key.Compute(signed, expected);
            foreach (var range in signatures.Split(' '))
            {
                // Entries of other versions (v1a, v2, …) are skipped here, as the specification asks.
                if (Entry(signatures[range], "v1,") is { IsEmpty: false } base64
                    && SignatureInput.TryDecodeBase64(base64, candidate)
                    && CryptographicOperations.FixedTimeEquals(candidate, expected))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Ed25519EntryMatches(ReadOnlySpan<byte> signed, ReadOnlySpan<char> signatures)
    {
        if (_publicKeys.Length == 0)
        {
            return false;
        }

        Span<byte> candidate = stackalloc byte[Ed25519SignatureSize];
        foreach (var range in signatures.Split(' '))
        {
            if (Entry(signatures[range], "v1a,") is not { IsEmpty: false } base64 || !SignatureInput.TryDecodeBase64(base64, candidate))
            {
                continue;
            }

            foreach (var key in _publicKeys)
            {
                if (SignatureAlgorithm.Ed25519.Verify(key, signed, candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The base64 part of an entry of this version ("v1," or "v1a,"); empty when the entry is of another.
    private static ReadOnlySpan<char> Entry(ReadOnlySpan<char> entry, string version) =>
        entry.StartsWith(version, StringComparison.Ordinal) ? entry[version.Length..] : [];

    // Each header from the first of the provider's sets that has it, so that the id signed is the id the idempotency key
    // reads (the descriptors list the id headers in the same order). Signature entries are space-separated, so repeated
    // signature header lines are joined with a space.
    private string Header(IHeaderDictionary headers, Func<StandardWebhooksHeaderNames, string> name, char separator = ',')
    {
        foreach (var names in _headers)
        {
            if (SignatureInput.Header(headers, name(names), separator) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return "";
    }
}
