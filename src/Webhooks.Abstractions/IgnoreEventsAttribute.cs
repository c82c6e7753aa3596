namespace Webhooks;

/// <summary>
/// Says which of its provider's known events a <see cref="WebhookProviderAttribute"/> class leaves
/// unhandled on purpose, so that the analyzers don't report them as missing (WHK0001).
/// </summary>
/// <remarks>
/// This changes nothing at run time: a delivery of an ignored event is answered as any event without a
/// handler is (a 2xx), or goes to the class's <see cref="OnAnyEventAttribute"/> method if it has one.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IgnoreEventsAttribute : Attribute
{
    /// <summary>Creates the attribute for the given event types.</summary>
    /// <param name="eventTypes">Event types exactly as the provider sends them.</param>
    public IgnoreEventsAttribute(params string[] eventTypes) => EventTypes = eventTypes;

    /// <summary>The event types the class leaves unhandled on purpose.</summary>
    public IReadOnlyList<string> EventTypes { get; }
}
