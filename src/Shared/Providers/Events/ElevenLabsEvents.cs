// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: https://elevenlabs.io/docs/eleven-api/resources/webhooks and
// https://elevenlabs.io/docs/eleven-agents/workflows/post-call-webhooks: the body's "type". Speech-to-text's asynchronous
// result names no "type" in the docs (third parties guess speech_to_text.*): left out until ElevenLabs documents it.
// The SDK's WebhookEventType (transcript, audio, …) is a subscription setting, not a payload type: not used.
namespace Webhooks.Providers;

/// <summary>ElevenLabs' webhook event types (<c>type</c>), from its webhooks documentation.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class ElevenLabsEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "call_initiation_failure",
        "post_call_audio",
        "post_call_transcription",
        "voice_removal_notice",
        "voice_removal_notice_withdrawn",
        "voice_removed",
    ];
}
