namespace Webhooks.Generator.Model;

/// <summary>The registration class of this assembly: its declared providers and its handler classes, sorted.</summary>
/// <param name="DeclaredProviders">The providers declared with <c>[assembly: WebhookProviderDefinition]</c>, by name.</param>
/// <param name="Registrations">The handler classes, by fully qualified name.</param>
internal sealed record RegistrationFileModel(
    EquatableArray<CustomProviderModel> DeclaredProviders,
    EquatableArray<ResolvedRegistrationModel> Registrations);
