// Shared by source link with Webhooks.Generator.
// Source: Deepgram's callback docs (https://developers.deepgram.com/docs/callback): a callback is the result of the
// one request that named it (the /v1/listen or /v1/read response), so Deepgram names no event types. Every callback
// is dispatched as "callback".
namespace Webhooks.Providers;

/// <summary>Deepgram's one event type: every callback is <see cref="Callback"/>.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class DeepgramEvents
{
    /// <summary>The event type of every Deepgram callback.</summary>
    public const string Callback = "callback";

    /// <summary>The one event type.</summary>
    public static IReadOnlyList<string> All { get; } = [Callback];
}
