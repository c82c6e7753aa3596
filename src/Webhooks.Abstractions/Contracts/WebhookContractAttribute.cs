namespace Webhooks;

/// <summary>
/// Names the provider whose deliveries a built-in payload contract describes, so that the analyzers can
/// tell a handler that takes another provider's payload (WHK0008).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WebhookContractAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="provider">The provider's name, such as <c>"openai"</c>.</param>
    public WebhookContractAttribute(string provider) => Provider = provider;

    /// <summary>The provider's name.</summary>
    public string Provider { get; }

    /// <summary>The event types this contract describes; <c>null</c> for any event of the provider.</summary>
    public string[]? Events { get; set; }
}
