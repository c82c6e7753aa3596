using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Webhooks.Verification;

/// <summary>Reads the pieces the verifiers share: header values, unix timestamps, hex, and signed content.</summary>
internal static class SignatureInput
{
    /// <summary>The header's value, or an empty string when it is absent.</summary>
    public static string Header(IHeaderDictionary headers, string name, char separator = ',')
    {
        StringValues value = headers[name];
        return value.Count switch
        {
            0 => "",
            1 => value[0] ?? "",
            _ => string.Join(separator, value.ToArray()),
        };
    }

    /// <summary>Parses whole unix seconds that <see cref="DateTimeOffset"/> can represent.</summary>
    public static bool TryParseUnixSeconds(ReadOnlySpan<char> text, out long seconds) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Parses a whole unix timestamp in <paramref name="unit"/> that <see cref="DateTimeOffset"/> can represent.</summary>
    public static bool TryParseUnixTime(ReadOnlySpan<char> text, TimestampUnit unit, out DateTimeOffset time)
    {
        time = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (unit == TimestampUnit.Milliseconds)
        {
            if (value > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            {
                return false;
            }

            time = DateTimeOffset.FromUnixTimeMilliseconds(value);
            return true;
        }

        if (value > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeSeconds(value);
        return true;
    }

    /// <summary>Decodes hex of either case that fills <paramref name="destination"/> exactly.</summary>
    public static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> destination) =>
        hex.Length == destination.Length * 2
        && Convert.FromHexString(hex, destination, out _, out var written) == OperationStatus.Done
        && written == destination.Length;

    /// <summary>Decodes base64 that fills <paramref name="destination"/> exactly.</summary>
    public static bool TryDecodeBase64(ReadOnlySpan<char> base64, Span<byte> destination) =>
        Convert.TryFromBase64Chars(base64, destination, out var written) && written == destination.Length;

    /// <summary>
    /// Rents a pooled buffer holding <c>{before}{timestamp}{after}{body}</c> (ASCII text, then the raw body), as
    /// the timestamped HMAC schemes sign it. Give the buffer back with <see cref="ArrayPool{T}.Shared"/>.
    /// </summary>
    public static byte[] RentTimestamped(ReadOnlySpan<char> before, ReadOnlySpan<char> timestamp, char after, ReadOnlySpan<byte> body, out int length)
    {
        length = before.Length + timestamp.Length + 1 + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        var written = Encoding.ASCII.GetBytes(before, buffer);
        written += Encoding.ASCII.GetBytes(timestamp, buffer.AsSpan(written));
        buffer[written++] = (byte)after;
        body.CopyTo(buffer.AsSpan(written));
        return buffer;
    }
}
