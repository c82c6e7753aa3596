namespace Webhooks.Generator.Model;

/// <summary>A handler class's registration with the providers it names looked up.</summary>
/// <param name="Class">The class as parsed.</param>
/// <param name="Provider">Its <c>[WebhookProvider]</c> provider.</param>
/// <param name="Via">Its forwarding provider, if any.</param>
internal sealed record ResolvedRegistrationModel(RegistrationModel Class, ProviderReference Provider, ProviderReference? Via);
