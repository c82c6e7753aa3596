using Microsoft.AspNetCore.Http;

namespace Webhooks.Verification;

/// <summary>Checks one provider's signature over the raw body of a delivery.</summary>
internal abstract class WebhookSignatureVerifier
{
    /// <summary>Checks the delivery's signature.</summary>
    /// <param name="request">The request, for its headers (and its URL, for schemes that sign it).</param>
    /// <param name="body">The body exactly as received.</param>
    public abstract WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body);

    /// <summary>
    /// Checks the delivery's signature, waiting when the check needs keys that are being fetched (a JWKS URL); the
    /// pipeline calls this. By default, <see cref="Verify"/>.
    /// </summary>
    /// <param name="request">The request, as for <see cref="Verify"/>.</param>
    /// <param name="body">The body exactly as received.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    public virtual ValueTask<WebhookVerificationResult> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        new(Verify(request, body.Span));

    /// <summary>
    /// The <c>WWW-Authenticate</c> challenge a 401 carries, for schemes a sender may wait to be challenged for (HTTP
    /// Basic); <c>null</c> for none.
    /// </summary>
    public virtual string? Challenge => null;

    /// <summary>
    /// The result for a correctly signed delivery whose signed timestamp is <paramref name="unixSeconds"/>: valid when
    /// it lies within <paramref name="tolerance"/> of now, in either direction (always, when the tolerance is <c>null</c>).
    /// </summary>
    protected static WebhookVerificationResult SignedAt(long unixSeconds, TimeSpan? tolerance, TimeProvider clock) =>
        SignedAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), tolerance, clock);

    /// <summary>The result for a correctly signed delivery signed at <paramref name="timestamp"/>, as above.</summary>
    protected static WebhookVerificationResult SignedAt(DateTimeOffset timestamp, TimeSpan? tolerance, TimeProvider clock)
    {
        var withinTolerance = tolerance is not { } limit || (clock.GetUtcNow() - timestamp).Duration() <= limit;
        return new(withinTolerance ? WebhookVerificationStatus.Valid : WebhookVerificationStatus.TimestampOutOfTolerance, timestamp);
    }
}
