using System.Security.Cryptography;
using System.Text.Json;
using Webhooks.Verification.Keys;

namespace Webhooks.Verification.Jwt;

/// <summary>
/// Reads a JWKS (<c>{"keys":[…]}</c>), from a file (<c>JwksPath</c>) or a URL (<c>JwksUrl</c>), with
/// <see cref="JsonDocument"/> (no reflection, so trimming-safe). Each key is imported by
/// <see cref="PublicKeyText.TryReadJwk"/>; problems are in words and never quote key material.
/// </summary>
internal static class JwksDocument
{
    /// <summary>
    /// The keys of <paramref name="json"/> this provider can use, the problems of the others, and
    /// <paramref name="notJwks"/> when the document is not a JWKS at all.
    /// </summary>
    /// <param name="json">The document's bytes.</param>
    /// <param name="describe">Names key #N for a problem, such as "Key #2 of the JWKS file of webhook provider 'x'".</param>
    /// <param name="unusable">Why an imported key may not verify this provider's tokens, or <c>null</c> when it may.</param>
    /// <param name="notJwks">Why the document is not a JWKS, or <c>null</c>.</param>
    public static (List<VerificationPublicKey> Keys, List<string> Problems) Read(
        ReadOnlyMemory<byte> json,
        Func<int, string> describe,
        Func<VerificationPublicKey, string?> unusable,
        out string? notJwks)
    {
        var keys = new List<VerificationPublicKey>();
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            notJwks = $"it is not JSON ({exception.GetType().Name}).";
            return (keys, problems);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("keys", out var members) || members.ValueKind != JsonValueKind.Array)
            {
                notJwks = "it is not a JWKS: it has no \"keys\" array.";
                return (keys, problems);
            }

            notJwks = null;
            var index = 0;
            foreach (var jwk in members.EnumerateArray())
            {
                var what = describe(++index);
                string? problem;
                VerificationPublicKey? key;
                try
                {
                    PublicKeyText.TryReadJwk(jwk, out key, out problem);
                }
                catch (Exception exception) when (exception is FormatException or CryptographicException)
                {
                    (key, problem) = (null, "its key members are not valid base64url.");
                }

                problem = key is null ? problem : unusable(key);
                if (problem is null)
                {
                    keys.Add(key!);
                }
                else
                {
                    problems.Add($"{what} is not usable: {problem}");
                }
            }
        }

        return (keys, problems);
    }
}
