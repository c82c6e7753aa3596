using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Webhooks.Verification.Jwt;

/// <summary>
/// A JWS in compact serialization, split and decoded but not yet verified: <c>header.payload.signature</c>, each part
/// base64url without padding. Anything this verifier can't check for sure (<c>crit</c>, an unencoded payload, a repeated
/// member) makes the token unreadable rather than being ignored. Keys named in the token (<c>jku</c>, <c>x5u</c>,
/// <c>jwk</c>, <c>x5c</c>) are never used: only configured keys (and those of a configured JWKS URL) verify.
/// </summary>
internal sealed class CompactJws
{
    /// <summary>The longest token read; a webhook's JWT is a few hundred characters.</summary>
    public const int MaxLength = 16 * 1024;

    private static readonly SearchValues<char> Base64UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    private CompactJws(string algorithm, string? keyId, byte[] payload, byte[] signature, int signedLength)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        Payload = payload;
        Signature = signature;
        SignedLength = signedLength;
    }

    /// <summary>The header's <c>alg</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The header's <c>kid</c>, if any.</summary>
    public string? KeyId { get; }

    /// <summary>The decoded payload (JSON).</summary>
    public byte[] Payload { get; }

    /// <summary>The decoded signature.</summary>
    public byte[] Signature { get; }

    /// <summary>How many leading characters of the token are signed: <c>header.payload</c>.</summary>
    public int SignedLength { get; }

    /// <summary>Splits and decodes <paramref name="token"/>; <c>null</c> when it is not a compact JWS this verifier reads.</summary>
    public static CompactJws? TryRead(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxLength)
        {
            return null;
        }

        var first = token.IndexOf('.');
        var second = first < 0 ? -1 : token[(first + 1)..].IndexOf('.') + first + 1;
        if (first <= 0 || second <= first || token[(second + 1)..].Contains('.'))
        {
            return null;
        }

        var header = Decode(token[..first]);
        var payload = Decode(token[(first + 1)..second]);
        var signature = Decode(token[(second + 1)..]);
        if (header is null || payload is null || signature is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            return ReadHeader(header, out var algorithm, out var keyId)
                ? new CompactJws(algorithm!, keyId, payload, signature, second)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Strict base64url: its alphabet only, no padding, no whitespace.
    private static byte[]? Decode(ReadOnlySpan<char> part)
    {
        if (part.ContainsAnyExcept(Base64UrlCharacters) || part.Length % 4 == 1)
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        return Base64Url.DecodeFromChars(part, bytes, out _, out var written) == OperationStatus.Done ? bytes[..written] : null;
    }

    private static bool ReadHeader(byte[] json, out string? algorithm, out string? keyId)
    {
        algorithm = null;
        keyId = null;
        string? type = null;
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name) || name is "crit" or "b64")
            {
                return false;
            }

            reader.Read();
            switch (name)
            {
                case "alg":
                    algorithm = StringValue(ref reader);
                    break;
                case "kid":
                    keyId = StringValue(ref reader);
                    break;
                case "typ":
                    type = StringValue(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && !reader.Read()
            && algorithm is { Length: > 0 }
            && (type is null || type.Equals("JWT", StringComparison.OrdinalIgnoreCase));
    }

    private static string StringValue(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Not a string.");
}
