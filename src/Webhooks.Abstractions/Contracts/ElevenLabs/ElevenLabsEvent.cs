using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>What every ElevenLabs webhook carries: its type and when ElevenLabs sent it.</summary>
public abstract class ElevenLabsEventEnvelope
{
    /// <summary>The event type, such as <c>post_call_transcription</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>When the event was sent, in Unix seconds.</summary>
    [JsonPropertyName("event_timestamp")]
    public long EventTimestamp { get; set; }

    /// <summary>Members of the webhook that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An ElevenLabs webhook of any type, its <c>data</c> kept as JSON.</summary>
[WebhookContract("elevenlabs")]
public sealed class ElevenLabsEvent : ElevenLabsEventEnvelope
{
    /// <summary>What the event is about; its shape depends on <see cref="ElevenLabsEventEnvelope.Type"/>.</summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; set; }
}

/// <summary>
/// An ElevenLabs webhook whose <c>data</c> is read as <typeparamref name="TData"/>, such as
/// <c>ElevenLabsEvent&lt;ElevenLabsPostCallTranscription&gt;</c> for <c>post_call_transcription</c>.
/// </summary>
/// <typeparam name="TData">The type of <c>data</c>.</typeparam>
[WebhookContract("elevenlabs")]
public sealed class ElevenLabsEvent<TData> : ElevenLabsEventEnvelope
    where TData : class, new()
{
    private TData _data = new();

    /// <summary>What the event is about.</summary>
    /// <exception cref="JsonException">Set to <c>null</c> (a JSON <c>null</c> <c>data</c>).</exception>
    [JsonPropertyName("data")]
    public TData Data
    {
        get => _data;

        // System.Text.Json can't enforce a type parameter's nullability; a JsonException makes the pipeline answer 400.
        set => _data = value ?? throw new JsonException("An ElevenLabs webhook's data is null.");
    }
}
