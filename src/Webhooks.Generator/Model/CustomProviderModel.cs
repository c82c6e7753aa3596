using Webhooks.Providers;

namespace Webhooks.Generator.Model;

/// <summary>A provider declared with <c>[assembly: WebhookProviderDefinition]</c>, with the attribute's defaults filled in.</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Scheme">The signature scheme.</param>
/// <param name="SignatureHeader">The signature header, if named.</param>
/// <param name="SignaturePrefix">The signature prefix, if any.</param>
/// <param name="Algorithm">The HMAC's hash.</param>
/// <param name="Encoding">The signature's encoding.</param>
/// <param name="SecretEncoding">How the secret becomes key bytes.</param>
/// <param name="EventType">Where the event type is read.</param>
/// <param name="IdempotencyKey">Where the idempotency key is read, if anywhere.</param>
/// <param name="SecretEnvironmentVariable">The secret's environment variable, if any.</param>
/// <param name="KnownEvents">The declared event types.</param>
/// <param name="UsernameEnvironmentVariable">For HTTP Basic: the username's environment variable, if any.</param>
/// <param name="TokenJsonPath">For a shared token sent in the body: its dotted JSON path, if any.</param>
/// <param name="Timestamped">Where a <see cref="SignatureScheme.TimestampedHmac"/> provider puts its timestamp and signatures.</param>
internal sealed record CustomProviderModel(
    string Name,
    SignatureScheme Scheme,
    string? SignatureHeader,
    string? SignaturePrefix,
    HmacAlgorithm Algorithm,
    SignatureEncoding Encoding,
    SecretEncoding SecretEncoding,
    ValueSourceModel EventType,
    ValueSourceModel? IdempotencyKey,
    string? SecretEnvironmentVariable,
    EquatableArray<string> KnownEvents,
    string? UsernameEnvironmentVariable,
    string? TokenJsonPath,
    TimestampedLayoutModel Timestamped)
{
    /// <summary>The members of the public-key and JWT schemes, when any is set.</summary>
    public PublicKeySchemeModel? PublicKeyScheme { get; init; }
}

/// <summary>The descriptor members of <c>EcdsaTimestamped</c> and <c>Jwt</c> providers; each <c>null</c> (or empty) when not set.</summary>
/// <param name="TimestampHeader">The signed timestamp's header.</param>
/// <param name="PublicKeyEnvironmentVariable">The public key's environment variable.</param>
/// <param name="BodyHashClaim">The JWT claim holding the body's SHA-256.</param>
/// <param name="JwtAlgorithms">The JWT algorithms accepted by default.</param>
internal sealed record PublicKeySchemeModel(
    string? TimestampHeader,
    string? PublicKeyEnvironmentVariable,
    string? BodyHashClaim,
    EquatableArray<string> JwtAlgorithms);

/// <summary>The layout data of <see cref="SignatureScheme.TimestampedHmac"/>, as the attribute gave it or defaulted.</summary>
internal readonly record struct TimestampedLayoutModel(
    string? SignatureKey,
    char ItemSeparator,
    string? TimestampKey,
    string? TimestampHeader,
    TimestampUnit TimestampUnit,
    string? SignedPrefix,
    char SignedSeparator);

/// <summary>A <c>ValueSource</c>: where in a request, and the header name or JSON path.</summary>
internal readonly record struct ValueSourceModel(ValueSourceKind Kind, string Name);
