using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>
/// <see cref="SignatureScheme.TimestampedHmac"/>: the timestamped HMAC-SHA256 as a provider's descriptor lays it out
/// (Paddle's <c>Paddle-Signature: ts=…;h1=…</c> over <c>{ts}:{body}</c>, ElevenLabs' <c>t=…,v0=…</c>, Calendly's
/// <c>t=…,v1=…</c>, Webflow's two headers in milliseconds, and providers declared with the same data). Any signature item
/// may match any configured key (Paddle sends one <c>h1</c> per secret while one is rotated); items of other names are
/// ignored. A header without the timestamp item is a bad signature, not a missing header, as for Stripe.
/// </summary>
internal sealed class DescribedTimestampedHmacVerifier : TimestampedHmacVerifier
{
    private readonly string? _timestampHeader;
    private readonly string _timestampKey;
    private readonly string? _signatureKey;
    private readonly string _signaturePrefix;
    private readonly char _itemSeparator;

    /// <summary>Creates the verifier for <paramref name="layout"/>, which <see cref="Validate"/> has accepted.</summary>
    /// <param name="layout">The provider's descriptor.</param>
    /// <param name="keys">The signing secrets' bytes; any of them may have signed a delivery.</param>
    /// <param name="tolerance">How far the signed timestamp may be from now, either way; <c>null</c> skips the check.</param>
    /// <param name="clock">The clock the tolerance is measured against.</param>
    public DescribedTimestampedHmacVerifier(ProviderDescriptor layout, IReadOnlyList<byte[]> keys, TimeSpan? tolerance, TimeProvider clock)
        : base(layout.SignatureHeader!, layout.SignedPrefix ?? "", layout.SignedSeparator, keys, tolerance, clock, layout.TimestampUnit, layout.ItemSeparator)
    {
        _timestampHeader = layout.TimestampHeader;
        _timestampKey = layout.TimestampKey ?? "";
        _signatureKey = layout.SignatureKey;
        _signaturePrefix = layout.SignaturePrefix ?? "";
        _itemSeparator = layout.ItemSeparator;
    }

    /// <summary>Why <paramref name="layout"/> can't be verified, or <c>null</c> when it can.</summary>
    public static string? Validate(ProviderDescriptor layout) =>
        string.IsNullOrEmpty(layout.SignatureHeader) ? "names no SignatureHeader"
        : string.IsNullOrEmpty(layout.TimestampHeader) == string.IsNullOrEmpty(layout.TimestampKey) ? "names neither or both of TimestampHeader and TimestampKey"
        : !string.IsNullOrEmpty(layout.TimestampKey) && string.IsNullOrEmpty(layout.SignatureKey) ? "names a TimestampKey, so its header is a list of items, but no SignatureKey"
        : null;

    /// <inheritdoc />
    protected override bool TryFindTimestamp(IHeaderDictionary headers, string signatures, out ReadOnlySpan<char> timestamp)
    {
        if (_timestampHeader is not null)
        {
            timestamp = SignatureInput.Header(headers, _timestampHeader);
            return timestamp.Length > 0;
        }

        timestamp = FirstValue(signatures, _timestampKey);
        return true;
    }

    /// <inheritdoc />
    protected override bool Lists(string signatures, ReadOnlySpan<byte> expected)
    {
        Span<byte> candidate = stackalloc byte[HashSize];
        if (_signatureKey is null)
        {
            return signatures.StartsWith(_signaturePrefix, StringComparison.Ordinal)
                && SignatureInput.TryDecodeHex(signatures.AsSpan(_signaturePrefix.Length).Trim(), candidate)
                && CryptographicOperations.FixedTimeEquals(candidate, expected);
        }

        var header = signatures.AsSpan();
        foreach (var range in header.Split(_itemSeparator))
        {
            if (ValueOf(header[range].Trim(), _signatureKey) is { IsEmpty: false } value
                && SignatureInput.TryDecodeHex(value, candidate)
                && CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return true;
            }
        }

        return false;
    }

    // The value of the first "{name}=…" item; empty when there is none.
    private ReadOnlySpan<char> FirstValue(ReadOnlySpan<char> header, string name)
    {
        foreach (var range in header.Split(_itemSeparator))
        {
            if (ValueOf(header[range].Trim(), name) is { IsEmpty: false } value)
            {
                return value;
            }
        }

        return [];
    }

    private static ReadOnlySpan<char> ValueOf(ReadOnlySpan<char> item, string name) =>
        item.Length > name.Length && item.StartsWith(name, StringComparison.Ordinal) && item[name.Length] == '='
            ? item[(name.Length + 1)..]
            : [];
}
