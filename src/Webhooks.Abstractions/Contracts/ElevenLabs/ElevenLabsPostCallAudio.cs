using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The recording of a finished agent conversation (<c>post_call_audio</c>).</summary>
public sealed class ElevenLabsPostCallAudio
{
    /// <summary>The agent's id.</summary>
    [JsonPropertyName("agent_id")]
    public string AgentId { get; set; } = "";

    /// <summary>The conversation's id, as in its transcription webhook.</summary>
    [JsonPropertyName("conversation_id")]
    public string ConversationId { get; set; } = "";

    /// <summary>The whole conversation's audio (MP3), base64-encoded.</summary>
    [JsonPropertyName("full_audio")]
    public string FullAudio { get; set; } = "";

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
