using System.Text.Json;

namespace Webhooks.Verification.Jwt;

/// <summary>The claims of a verified token that bind it to a delivery: the body's hash, and <c>exp</c>/<c>nbf</c> when present.</summary>
internal readonly record struct JwtClaims(string BodyHash, long? ExpiresAt, long? NotBefore)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>
    /// Reads the claims; <c>null</c> when the payload is not one JSON object, a member repeats, the body-hash claim is
    /// not a string, or <c>exp</c>/<c>nbf</c> is not a number of seconds.
    /// </summary>
    public static JwtClaims? TryRead(byte[] payload, string bodyHashClaim)
    {
        try
        {
            var reader = new Utf8JsonReader(payload, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? hash = null;
            long? expires = null, notBefore = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!seen.Add(name))
                {
                    return null;
                }

                reader.Read();
                if (name == bodyHashClaim)
                {
                    hash = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException();
                }
                else if (name is "exp" or "nbf")
                {
                    var seconds = Seconds(ref reader);
                    (name == "exp" ? ref expires : ref notBefore) = seconds;
                }
                else
                {
                    reader.Skip();
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() && hash is not null
                ? new JwtClaims(hash, expires, notBefore)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // NumericDate (RFC 7519): seconds, possibly with a fraction, which is dropped.
    private static long Seconds(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && value is >= 0 and <= 253402300799
            ? (long)value
            : throw new JsonException();
}
