using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Webhooks.Pipeline;
using Webhooks.Providers;

namespace Webhooks.Verification;

/// <summary>
/// A shared token sent as it is (GitLab's <c>X-Gitlab-Token</c>, Deepgram's <c>metadata.extra.callback_secret</c>):
/// equal to one of the configured tokens, compared through fixed-length digests (<see cref="CredentialDigest"/>).
/// Which token matched is not secret, so the loop may stop at the first match. Nothing is signed, not even the body:
/// deduplicate on the delivery id, and receive over HTTPS only.
/// </summary>
internal sealed class SharedTokenVerifier : WebhookSignatureVerifier
{
    private readonly CredentialDigest _digest = new();
    private readonly byte[][] _tokens;
    private readonly ValueSource _source;
    private readonly string _prefix;

    /// <summary>Creates a verifier.</summary>
    /// <param name="tokens">The configured tokens' bytes; any of them may be sent.</param>
    /// <param name="source">Where the token is sent: a header or a JSON member.</param>
    /// <param name="prefix">Text before a header token, such as <c>Bearer </c> (either case); <c>null</c> or empty for none.</param>
    public SharedTokenVerifier(IReadOnlyList<byte[]> tokens, ValueSource source, string? prefix)
    {
        ArgumentOutOfRangeException.ThrowIfZero(tokens.Count);
        if (source.Kind is not (ValueSourceKind.Header or ValueSourceKind.JsonPath) || source.Name.Length == 0)
        {
            throw new ArgumentException("A shared token is read from a named header or JSON member.", nameof(source));
        }

        _tokens = [.. tokens.Select(token => _digest.Of(token))];
        _source = source;
        _prefix = prefix ?? "";
    }

    /// <inheritdoc />
    public override WebhookVerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        Span<byte> sent = stackalloc byte[CredentialDigest.Size];
        var status = _source.Kind == ValueSourceKind.Header ? FromHeader(request, sent) : FromJson(body, sent);
        if (status != WebhookVerificationStatus.Valid)
        {
            return new(status);
        }

        foreach (var token in _tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(sent, token))
            {
                return new(WebhookVerificationStatus.Valid);
            }
        }

        return new(WebhookVerificationStatus.InvalidSignature);
    }

    // A sender sends its token once: two values are refused rather than joined or picked from.
    private WebhookVerificationStatus FromHeader(HttpRequest request, Span<byte> digest)
    {
        var values = request.Headers[_source.Name];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            return WebhookVerificationStatus.MissingHeaders;
        }

        if (values.Count > 1 || !values[0]!.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase) || values[0]!.Length == _prefix.Length)
        {
            return WebhookVerificationStatus.InvalidSignature;
        }

        _digest.Compute(values[0].AsSpan(_prefix.Length), digest);
        return WebhookVerificationStatus.Valid;
    }

    // The body is not verified yet: malformed JSON is a bad credential (401), not a bad body (400).
    private WebhookVerificationStatus FromJson(ReadOnlySpan<byte> body, Span<byte> digest)
    {
        string? token;
        try
        {
            token = JsonValueReader.ReadString(body, _source.Name);
        }
        catch (JsonException)
        {
            return WebhookVerificationStatus.InvalidSignature;
        }

        if (string.IsNullOrEmpty(token))
        {
            return WebhookVerificationStatus.MissingHeaders;
        }

        _digest.Compute(token, digest);
        return WebhookVerificationStatus.Valid;
    }
}
