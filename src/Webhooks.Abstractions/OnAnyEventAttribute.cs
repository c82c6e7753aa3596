namespace Webhooks;

/// <summary>
/// Marks a method of a <see cref="WebhookProviderAttribute"/> class as its catch-all handler: it runs for
/// every event type that no <see cref="OnEventAttribute"/> method of the class handles.
/// </summary>
/// <remarks>
/// The method has the same shape as an <see cref="OnEventAttribute"/> method; a class has at most one.
/// Read <see cref="WebhookContext.EventType"/> to tell the events apart.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class OnAnyEventAttribute : Attribute;
