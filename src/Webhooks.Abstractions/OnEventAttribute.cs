namespace Webhooks;

/// <summary>
/// Marks a method of a <see cref="WebhookProviderAttribute"/> class as the handler of one event type,
/// for example <c>[OnEvent("batch.completed")]</c>.
/// </summary>
/// <remarks>
/// The method returns <c>void</c>, <see cref="Task"/> or <see cref="ValueTask"/> and takes, in any order,
/// at most one payload (a built-in contract, <c>JsonElement</c>, or a class, record or struct of yours), the
/// raw body (<see cref="ReadOnlyMemory{T}"/> of bytes or a UTF-8 <see cref="string"/>), a <see cref="WebhookContext"/>
/// and a <see cref="CancellationToken"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class OnEventAttribute : Attribute
{
    /// <summary>Creates the attribute for one event type.</summary>
    /// <param name="eventType">The event type exactly as the provider sends it.</param>
    public OnEventAttribute(string eventType) => EventType = eventType;

    /// <summary>The event type exactly as the provider sends it.</summary>
    public string EventType { get; }
}
