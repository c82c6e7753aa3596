// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Cursor's Cloud Agents API docs, "Webhooks" (https://cursor.com/docs/cloud-agent/api/webhooks.md): the one
// event, statusChange, is sent when an agent reaches ERROR or FINISHED.
namespace Webhooks.Providers;

/// <summary>The agent statuses Cursor's <c>statusChange</c> webhook reports (<c>status</c>), which it is dispatched on.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class CursorEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "FINISHED",
        "ERROR",
    ];
}
