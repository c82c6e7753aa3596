using System.ComponentModel;

namespace Webhooks.Infrastructure;

/// <summary>What a generated dispatch did with a delivery.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum WebhookDispatchResult
{
    /// <summary>A handler ran and completed.</summary>
    Handled,

    /// <summary>The class has no handler for the event type; nothing ran.</summary>
    NotHandled,
}
