namespace Webhooks;

/// <summary>
/// Marks a <c>partial</c> class as the handler of one webhook provider's deliveries. The source generator
/// emits the dispatch for its <see cref="OnEventAttribute"/> methods and registers it with <c>AddWebhooks()</c>
/// and <c>MapWebhooks()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WebhookProviderAttribute : Attribute
{
    /// <summary>Creates the attribute for the provider with the given name, such as <c>"openai"</c>.</summary>
    /// <param name="name">A built-in provider name (<c>openai</c>, <c>stripe</c>, …) or the name of a provider declared in code.</param>
    public WebhookProviderAttribute(string name) => Name = name;

    /// <summary>The provider's name; also the configuration section under <c>Webhooks</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The route this class answers on. Defaults to the provider's route, <c>/webhooks/{name}</c>;
    /// <c>Webhooks:{name}:Path</c> in configuration wins over both.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>
    /// The provider that forwards these deliveries, such as <c>"hookdeck"</c>: its signature is verified (with
    /// its secret, from <c>Webhooks:{via}</c>) instead of the original provider's, whose event types the class
    /// handles. The route defaults to <c>/webhooks/{via}/{name}</c>.
    /// </summary>
    public string? Via { get; set; }

    /// <summary>
    /// Whether deliveries are processed in the request (<see cref="WebhookProcessing.Inline"/>, the default) or
    /// acknowledged once stored and processed in the background (<see cref="WebhookProcessing.Queued"/>).
    /// <c>Webhooks:{name}:Processing</c> in configuration wins over this.
    /// </summary>
    public WebhookProcessing Processing { get; set; }
}
