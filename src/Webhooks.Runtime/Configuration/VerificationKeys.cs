using System.Text;
using Webhooks.Providers;
using Webhooks.Verification.Jwt;
using Webhooks.Verification.Keys;

namespace Webhooks.Configuration;

/// <summary>
/// The keys of the schemes checked with public keys (<see cref="SignatureScheme.EcdsaTimestamped"/>) or a signed JWT
/// (<see cref="SignatureScheme.Jwt"/>), read from the options once: the start-up validation reports every problem,
/// naming the configuration keys and environment variables; the verifier factory uses the keys. Messages never quote
/// a key or a secret.
/// </summary>
internal sealed class VerificationKeys
{
    private VerificationKeys(List<string> problems) => Problems = problems;

    /// <summary>What makes the options unusable, in words; empty when they can be used.</summary>
    public List<string> Problems { get; }

    /// <summary>The imported public keys (from <c>PublicKeys</c> and, for JWTs, the JWKS file).</summary>
    public List<VerificationPublicKey> PublicKeys { get; } = [];

    /// <summary>For JWTs: the JWKS endpoint whose keys are fetched and refreshed while the app runs, if one is set.</summary>
    public Uri? JwksUrl { get; private set; }

    /// <summary>For JWTs: the HMAC secrets' UTF-8 bytes.</summary>
    public List<byte[]> Secrets { get; } = [];

    /// <summary>For JWTs: the algorithms accepted.</summary>
    public List<JwtAlgorithm> Algorithms { get; } = [];

    /// <summary>Whether <paramref name="scheme"/>'s credentials are read here rather than as plain secrets.</summary>
    public static bool Handles(SignatureScheme scheme) => scheme is SignatureScheme.EcdsaTimestamped or SignatureScheme.Jwt;

    /// <summary>Reads the keys <paramref name="provider"/>'s scheme needs from <paramref name="options"/>.</summary>
    public static VerificationKeys Read(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var keys = new VerificationKeys([]);
        if (provider.Scheme == SignatureScheme.EcdsaTimestamped)
        {
            keys.ReadEcdsa(provider, options);
        }
        else if (provider.Scheme == SignatureScheme.Jwt)
        {
            keys.ReadJwt(provider, options);
        }

        return keys;
    }

    /// <summary>The keys, or an exception listing the problems (the validation has reported them at start-up already).</summary>
    public static VerificationKeys ReadValid(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var keys = Read(provider, options);
        return keys.Problems.Count == 0 ? keys : throw new InvalidOperationException(string.Join(" ", keys.Problems));
    }

    private void ReadEcdsa(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        if (provider.SignatureHeader is null || provider.TimestampHeader is null)
        {
            Problems.Add($"Webhook provider '{provider.Name}' names no signature header or timestamp header (SignatureHeader, TimestampHeader).");
        }

        if (options.PublicKeys.Count == 0)
        {
            var misplaced = options.Secrets.Count > 0 ? $" A Secret is set, but {provider.Name} deliveries are checked with a public key: set it as the PublicKey." : "";
            Problems.Add($"No verification key is configured for webhook provider '{provider.Name}'. Set {PublicKeyKeys(provider)}.{misplaced}");
            return;
        }

        for (var i = 0; i < options.PublicKeys.Count; i++)
        {
            if (ReadPublicKey(provider, options.PublicKeys[i], i) is not { } key)
            {
                continue;
            }

            if (key.Kind != PublicKeyKind.Ec || key.Curve != "P-256")
            {
                Problems.Add($"Public key #{i + 1} of webhook provider '{provider.Name}' is not usable: it is not a P-256 (ECDSA) public key, which {provider.Name} signs with.");
                continue;
            }

            PublicKeys.Add(key);
        }
    }

    private void ReadJwt(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var section = WebhookConfigurationReader.SectionPath(provider.Name);
        if ((options.SignatureHeader ?? provider.SignatureHeader) is null)
        {
            Problems.Add($"Webhook provider '{provider.Name}' names no header for its JWT; set {section}:SignatureHeader.");
        }

        if (provider.BodyHashClaim is null)
        {
            Problems.Add($"Webhook provider '{provider.Name}' names no body-hash claim (BodyHashClaim): a token that doesn't bind the body can't be accepted.");
        }

        ReadAlgorithms(provider, options, section);
        ReadJwtSecrets(provider, options);
        for (var i = 0; i < options.PublicKeys.Count; i++)
        {
            if (ReadPublicKey(provider, options.PublicKeys[i], i) is not { } key)
            {
                continue;
            }

            if (JwtKeyProblem(key, Algorithms, section) is { } problem)
            {
                Problems.Add($"Public key #{i + 1} of webhook provider '{provider.Name}' is not usable: {problem}");
            }
            else
            {
                PublicKeys.Add(key);
            }
        }

        // One key set per provider: a file and a URL would leave a kid in both ambiguous.
        if (options is { JwksPath: not null, JwksUrl: not null })
        {
            Problems.Add($"{section}:JwksPath and {section}:JwksUrl are both set; set one of them.");
        }
        else if (options.JwksPath is { } path)
        {
            ReadJwksFile(provider, path, section);
        }
        else if (options.JwksUrl is { } url)
        {
            ReadJwksUrl(url, section);
        }

        var duplicate = PublicKeys.Where(k => k.KeyId is not null).GroupBy(k => k.KeyId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Problems.Add($"Two public keys of webhook provider '{provider.Name}' have the same kid: a token's kid must name one key.");
        }

        if (options.Secrets.Count == 0 && options.PublicKeys.Count == 0 && options.JwksPath is null && options.JwksUrl is null)
        {
            var secretVariable = provider.SecretEnvironmentVariable is { } s ? $" or the environment variable {s}" : "";
            Problems.Add(
                $"No verification key is configured for webhook provider '{provider.Name}'. For HMAC-signed tokens (HS256…) set {section}:Secret " +
                $"(or {section}:Secrets:0){secretVariable}; for public-key-signed tokens (RS256, ES256, EdDSA…) set {PublicKeyKeys(provider)}, {section}:JwksUrl (the sender's JWKS endpoint) or {section}:JwksPath.");
        }
    }

    private void ReadAlgorithms(ProviderDescriptor provider, WebhookProviderOptions options, string section)
    {
        var configured = options.Algorithms.Count > 0;
        IReadOnlyList<string> names = configured ? options.Algorithms : provider.JwtAlgorithms.Count > 0 ? provider.JwtAlgorithms : JwtAlgorithm.DefaultNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (JwtAlgorithm.Find(names[i]) is { } algorithm)
            {
                Algorithms.Add(algorithm);
                continue;
            }

            var where = configured ? $"{section}:Algorithms:{i}" : $"Webhook provider '{provider.Name}' names an algorithm that";
            Problems.Add(names[i].Equals("none", StringComparison.OrdinalIgnoreCase)
                ? $"{where} is 'none': an unsigned token is never accepted."
                : $"{where} is not an algorithm this library verifies ({string.Join(", ", JwtAlgorithm.All.Select(a => a.Name))}; case-sensitive).");
        }
    }

    private void ReadJwtSecrets(ProviderDescriptor provider, WebhookProviderOptions options)
    {
        var hmacAllowed = Algorithms.Any(a => a.Family == JwtKeyFamily.Hmac);
        for (var i = 0; i < options.Secrets.Count; i++)
        {
            var secret = options.Secrets[i];
            var what = $"Signing secret #{i + 1} of webhook provider '{provider.Name}'";

            // A public key used as an HMAC secret would let anyone who has it sign tokens (alg confusion).
            if (PublicKeyText.TryRead(secret, out _, out _) || secret.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                Problems.Add($"{what} is not usable: it is a key, not an HMAC secret; configure a public key as the PublicKey.");
            }
            else if (!hmacAllowed)
            {
                Problems.Add($"{what} is not usable: no HMAC algorithm (HS256, HS384, HS512) is allowed by {WebhookConfigurationReader.SectionPath(provider.Name)}:Algorithms.");
            }
            else
            {
                Secrets.Add(Encoding.UTF8.GetBytes(secret));
            }
        }
    }

    private void ReadJwksFile(ProviderDescriptor provider, string path, string section)
    {
        byte[] json;
        try
        {
            json = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Problems.Add($"{section}:JwksPath can't be read as a JWKS file: {exception.GetType().Name}.");
            return;
        }

        var (keys, problems) = JwksDocument.Read(
            json, index => $"Key #{index} of the JWKS file of webhook provider '{provider.Name}'", key => JwtKeyProblem(key, Algorithms, section), out var notJwks);
        if (notJwks is not null)
        {
            Problems.Add($"{section}:JwksPath is not usable: {notJwks}");
            return;
        }

        Problems.AddRange(problems);
        PublicKeys.AddRange(keys);
    }

    // https, or http to a loopback host only (a local test server): keys fetched over plain http could be replaced.
    private void ReadJwksUrl(string url, string section)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0)
        {
            Problems.Add($"{section}:JwksUrl must be an absolute https URL without credentials, such as https://auth.example.com/.well-known/jwks.json.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            Problems.Add($"{section}:JwksUrl must use https: keys fetched over plain http could be replaced on the way (http is allowed for a loopback host only).");
        }
        else if (!Algorithms.Any(a => a.Family != JwtKeyFamily.Hmac))
        {
            Problems.Add($"{section}:JwksUrl is set, but none of the allowed algorithms ({section}:Algorithms) takes a public key.");
        }
        else
        {
            JwksUrl = uri;
        }
    }

    /// <summary>Why <paramref name="key"/> can't verify tokens of the <paramref name="algorithms"/> allowed; <c>null</c> when it can.</summary>
    internal static string? JwtKeyProblem(VerificationPublicKey key, IReadOnlyList<JwtAlgorithm> algorithms, string section) =>
        key.Kind == PublicKeyKind.Rsa && key.SizeInBits < JwtAlgorithm.MinimumRsaBits
            ? $"it is an RSA key of {key.SizeInBits} bits; at least {JwtAlgorithm.MinimumRsaBits} are required."
            : !algorithms.Any(a => a.Accepts(key))
                ? $"none of the allowed algorithms ({section}:Algorithms) takes a key of its kind."
                : null;

    private VerificationPublicKey? ReadPublicKey(ProviderDescriptor provider, string text, int index)
    {
        if (PublicKeyText.TryRead(text, out var key, out var problem))
        {
            return key;
        }

        Problems.Add($"Public key #{index + 1} of webhook provider '{provider.Name}' is not usable: {problem}");
        return null;
    }

    private static string PublicKeyKeys(ProviderDescriptor provider)
    {
        var section = WebhookConfigurationReader.SectionPath(provider.Name);
        var variable = provider.PublicKeyEnvironmentVariable is { } v ? $" or the environment variable {v}" : "";
        return $"{section}:PublicKey (or {section}:PublicKeys:0){variable}";
    }
}
