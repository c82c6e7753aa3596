using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>Checks one provider's signature over the raw body of a delivery.</summary>
public abstract class WebhookSignatureVerifier
{
    /// <summary>Checks the delivery's signature.</summary>
    /// <param name="request">The request, for its headers (and its URL, for schemes that sign it).</param>
    /// <param name="body">The body exactly as received.</param>
    public abstract WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body);

    /// <summary>Whether <paramref name="timestamp"/> lies within <paramref name="tolerance"/> of now, in either direction.</summary>
    protected static bool IsWithinTolerance(DateTimeOffset timestamp, TimeSpan? tolerance, TimeProvider clock) =>
        tolerance is not { } limit || (clock.GetUtcNow() - timestamp).Duration() <= limit;
}
