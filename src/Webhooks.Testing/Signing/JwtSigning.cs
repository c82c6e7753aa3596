using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Webhooks.Testing.Signing;

/// <summary>Mints the compact JWS a JWT-signing provider (FusionAuth) sends: its claim is the base64 SHA-256 of the body.</summary>
internal static class JwtSigning
{
    /// <summary>A token under <paramref name="algorithm"/>, signed with an HMAC secret or a private key.</summary>
    public static string Token(string algorithm, string? keyId, string bodyHashClaim, ReadOnlySpan<byte> body, byte[]? secret, PrivateSigningKey? privateKey)
    {
        var header = new List<(string, string)> { ("alg", algorithm), ("typ", "JWT") };
        if (keyId is not null)
        {
            header.Add(("kid", keyId));
        }

        var payload = Json([(bodyHashClaim, Convert.ToBase64String(SHA256.HashData(body)))]);
        var signingInput = Part(Json(header)) + "." + Part(payload);
        var signed = Encoding.ASCII.GetBytes(signingInput);
        var signature = secret is not null ? Hmac(algorithm, secret, signed) : privateKey!.SignJws(algorithm, signed);
        return signingInput + "." + Part(signature);
    }

    private static byte[] Hmac(string algorithm, byte[] secret, byte[] data) => algorithm switch
    {
        "HS256" => HMACSHA256.HashData(secret, data),
        "HS384" => HMACSHA384.HashData(secret, data),
        "HS512" => HMACSHA512.HashData(secret, data),
        _ => throw new InvalidOperationException($"An HMAC secret signs HS256, HS384 or HS512, not {algorithm}; pass a private key for it."),
    };

    // As FusionAuth writes it: '+' and '/' of the base64 hash are not escaped.
    private static byte[] Json(List<(string Name, string Value)> members)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static string Part(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
