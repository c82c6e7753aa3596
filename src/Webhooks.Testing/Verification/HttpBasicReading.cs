using System.Security.Cryptography;

namespace Webhooks.Testing.Verification;

/// <summary>HTTP Basic credentials in <c>Authorization</c>; the secret to check them against is <c>username:password</c>.</summary>
internal sealed class HttpBasicReading : SignatureReading
{
    private const string AuthorizationHeader = "Authorization";

    private HttpBasicReading(byte[] credentials) => Credentials = credentials;

    private byte[] Credentials { get; }

    public static SignatureReading? Read(CapturedHeaders headers, out WebhookCheckResult? problem)
    {
        var value = headers.Get(AuthorizationHeader);
        if (value.Length == 0)
        {
            problem = Missing(AuthorizationHeader);
            return null;
        }

        var parts = value.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            problem = Malformed(AuthorizationHeader, "is not 'Basic ' followed by base64 credentials.");
            return null;
        }

        byte[] credentials;
        try
        {
            credentials = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            problem = Malformed(AuthorizationHeader, "holds credentials that are not base64.");
            return null;
        }

        if (Array.IndexOf(credentials, (byte)':') < 0)
        {
            problem = Malformed(AuthorizationHeader, "holds credentials without the ':' between username and password.");
            return null;
        }

        problem = null;
        return new HttpBasicReading(credentials) { Header = AuthorizationHeader };
    }

    public override string SignedParts => "the username or password (nothing else is covered)";

    public override bool Matches(SigningKey key, byte[] body) => CryptographicOperations.FixedTimeEquals(Credentials, key.Bytes);
}
