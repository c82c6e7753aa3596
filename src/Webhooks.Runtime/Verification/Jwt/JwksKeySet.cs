using Webhooks.Verification.Keys;

namespace Webhooks.Verification.Jwt;

/// <summary>The keys of one successful JWKS fetch; replaced whole by the next one, never changed.</summary>
internal sealed class JwksKeySet(IReadOnlyList<VerificationPublicKey> keys)
{
    private readonly HashSet<string> _keyIds = [.. keys.Where(k => k.KeyId is not null).Select(k => k.KeyId!)];

    public IReadOnlyList<VerificationPublicKey> Keys { get; } = keys;

    /// <summary>Whether a key of this set is named <paramref name="keyId"/>.</summary>
    public bool Has(string keyId) => _keyIds.Contains(keyId);
}
