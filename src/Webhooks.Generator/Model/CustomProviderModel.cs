namespace Webhooks.Generator.Model;

/// <summary>A provider declared with <c>[assembly: WebhookProviderDefinition]</c>, as C# text the emitter writes back out.</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Scheme">The <c>SignatureScheme</c> member name.</param>
/// <param name="SignatureHeader">The signature header, if named.</param>
/// <param name="SignaturePrefix">The signature prefix, if any.</param>
/// <param name="Algorithm">The <c>HmacAlgorithm</c> member name.</param>
/// <param name="Encoding">The <c>SignatureEncoding</c> member name.</param>
/// <param name="SecretEncoding">The <c>SecretEncoding</c> member name.</param>
/// <param name="EventType">Where the event type is read.</param>
/// <param name="IdempotencyKey">Where the idempotency key is read, if anywhere.</param>
/// <param name="SecretEnvironmentVariable">The secret's environment variable, if any.</param>
/// <param name="KnownEvents">The declared event types.</param>
/// <param name="UsernameEnvironmentVariable">For HTTP Basic: the username's environment variable, if any.</param>
/// <param name="TokenJsonPath">For a shared token sent in the body: its dotted JSON path, if any.</param>
internal sealed record CustomProviderModel(
    string Name,
    string Scheme,
    string? SignatureHeader,
    string? SignaturePrefix,
    string Algorithm,
    string Encoding,
    string SecretEncoding,
    ValueSourceModel EventType,
    ValueSourceModel? IdempotencyKey,
    string? SecretEnvironmentVariable,
    EquatableArray<string> KnownEvents,
    string? UsernameEnvironmentVariable = null,
    string? TokenJsonPath = null);

/// <summary>A <c>ValueSource</c>: the factory method (<c>Header</c>, <c>Json</c>, <c>Form</c>) and its argument.</summary>
internal readonly record struct ValueSourceModel(string Factory, string Name);
