namespace Webhooks.Testing.Verification;

/// <summary>A key a signature may have been made with: HMAC key bytes, or a Standard Webhooks Ed25519 public key.</summary>
/// <param name="Bytes">The key bytes.</param>
/// <param name="IsPublicKey">Whether it is a <c>whpk_</c> Ed25519 public key, which verifies <c>v1a</c> entries.</param>
/// <param name="Description">How the bytes were read from the secret, for a diagnosis ("the secret's raw UTF-8 bytes").</param>
internal sealed record SigningKey(byte[] Bytes, bool IsPublicKey, string Description);
