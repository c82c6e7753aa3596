namespace Webhooks.Generator.Model;

/// <summary>A provider a handler class names, with the catalogue that holds it.</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Source">Where the generated registration finds its descriptor.</param>
internal readonly record struct ProviderReference(string Name, ProviderSource Source);

/// <summary>Where the generated registration finds a provider's descriptor.</summary>
internal enum ProviderSource
{
    /// <summary>Built in: <c>BuiltInProviders.Find(name)</c>.</summary>
    BuiltIn,

    /// <summary>Declared with <c>[assembly: WebhookProviderDefinition]</c> in this assembly: a field of the registration class.</summary>
    Declared,

    /// <summary>Neither: the registration fails at start-up, naming the class (the analyzer reports it at compile time).</summary>
    Unknown,
}
