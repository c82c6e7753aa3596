using Webhooks.Providers;

namespace Webhooks.Configuration;

/// <summary>
/// The settings of one provider, bound from <c>Webhooks:{provider}</c> and the provider's environment
/// variable, and validated at start-up.
/// </summary>
public sealed class WebhookProviderOptions
{
    /// <summary>The default largest body accepted: 1 MiB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest <see cref="MaxBodyBytes"/> allowed: the body is read into one array.</summary>
    public const long LargestMaxBodyBytes = 0x7FFFFFC7 - 1; // Array.MaxLength - 1, as a constant

    /// <summary>The default timestamp tolerance, in both directions: 300 seconds.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The signing secrets (for <see cref="SignatureScheme.SharedToken"/>, the tokens). A delivery signed with any of
    /// them passes, so that a secret can be rotated without downtime. Bound from <c>Secret</c>, <c>Secrets</c> and the
    /// provider's environment variable; for <see cref="SignatureScheme.HttpBasic"/>, see <see cref="Username"/> instead.
    /// </summary>
    public List<string> Secrets { get; } = [];

    /// <summary>
    /// How far a signed timestamp may be from now, in either direction; <c>null</c> switches the check off.
    /// In configuration: seconds (<c>300</c>), a time span (<c>00:05:00</c>) or <c>off</c>.
    /// </summary>
    public TimeSpan? Tolerance { get; set; } = DefaultTolerance;

    /// <summary>The route, when it should differ from the class's or provider's default.</summary>
    public string? Path { get; set; }

    /// <summary>The largest body accepted; a larger one is answered 413 without being read.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// For schemes that sign the URL (Twilio): the scheme, host and any path prefix under which the sender
    /// reaches this app, such as <c>https://example.com</c>; the request's own path and query are appended.
    /// Set it when a proxy or load balancer changes the URL on the way in. It wins over forwarded headers.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// For schemes that sign the URL (Twilio): take the scheme and host from <c>X-Forwarded-Proto</c> and
    /// <c>X-Forwarded-Host</c>. Only switch it on behind a proxy that sets (and overwrites) those headers.
    /// </summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.HttpBasic"/> providers: the username, with <see cref="Password"/>. Bound from
    /// <c>Username</c> or the provider's username environment variable (<c>CHARGEBEE_WEBHOOK_USERNAME</c>).
    /// </summary>
    public string? Username { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.HttpBasic"/> providers: the password, with <see cref="Username"/>. Bound from
    /// <c>Password</c> (or <c>Secret</c>) or the provider's secret environment variable (<c>CHARGEBEE_WEBHOOK_PASSWORD</c>).
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.HttpBasic"/> providers: more username and password pairs, any of which a sender
    /// may present (a rotation). Bound from <c>Credentials:N:Username</c> and <c>Credentials:N:Password</c>.
    /// </summary>
    public List<WebhookBasicCredential> Credentials { get; } = [];

    /// <summary>For <see cref="SignatureScheme.BodyHmac"/> providers: the signature header, instead of the provider's.</summary>
    public string? SignatureHeader { get; set; }

    /// <summary>For <see cref="SignatureScheme.BodyHmac"/> providers: the prefix before the signature (<c>sha256=</c>), instead of the provider's; empty for none.</summary>
    public string? SignaturePrefix { get; set; }

    /// <summary>For <see cref="SignatureScheme.BodyHmac"/> providers: hex or base64, instead of the provider's.</summary>
    public SignatureEncoding? SignatureEncoding { get; set; }

    /// <summary>
    /// For schemes checked with the sender's public key (<see cref="SignatureScheme.EcdsaTimestamped"/>,
    /// <see cref="SignatureScheme.Jwt"/>): the public keys, any of which may have signed a delivery, so that a key can
    /// be rotated. Each is base64 of a DER SubjectPublicKeyInfo, a PEM public key or certificate, or a JWK (JSON);
    /// private keys are refused. Bound from <c>PublicKey</c>, <c>PublicKeys</c> and the provider's public-key
    /// environment variable; imported once, at start-up.
    /// </summary>
    public List<string> PublicKeys { get; } = [];

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the <c>alg</c> values accepted, instead of the provider's (such as
    /// <c>RS256</c> alone); <c>none</c> is never accepted. Bound from <c>Algorithms</c>.
    /// </summary>
    public List<string> Algorithms { get; } = [];

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: a JWKS file (<c>{"keys":[…]}</c>) whose public keys verify tokens, each
    /// chosen by its <c>kid</c>; read once, at start-up. Not together with <see cref="JwksUrl"/>.
    /// </summary>
    public string? JwksPath { get; set; }

    /// <summary>
    /// For <see cref="SignatureScheme.Jwt"/>: the sender's JWKS endpoint (FusionAuth:
    /// <c>https://&lt;instance&gt;/.well-known/jwks.json</c>), an https URL (plain http only to a loopback host). Its keys
    /// are fetched in the background from start-up, refreshed every 10 minutes, and fetched again when a token names a
    /// <c>kid</c> they lack (at most once every 30 seconds), so that the sender's key rotations need no change here.
    /// Until a first fetch succeeds, tokens only its keys could check are answered 503 with <c>Retry-After</c>. Bound
    /// from <c>JwksUrl</c>; not together with <see cref="JwksPath"/>.
    /// </summary>
    public string? JwksUrl { get; set; }
}
