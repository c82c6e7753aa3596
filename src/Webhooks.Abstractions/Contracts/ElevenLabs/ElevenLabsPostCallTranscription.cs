using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A finished agent conversation, once analysed (<c>post_call_transcription</c>).</summary>
public sealed class ElevenLabsPostCallTranscription
{
    /// <summary>The agent's id.</summary>
    [JsonPropertyName("agent_id")]
    public string AgentId { get; set; } = "";

    /// <summary>The conversation's id; the audio webhook of the same call carries it too.</summary>
    [JsonPropertyName("conversation_id")]
    public string ConversationId { get; set; } = "";

    /// <summary>The conversation's status, such as <c>done</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Your id for the user, when the conversation was started with one.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>The turns of the conversation, in order.</summary>
    [JsonPropertyName("transcript")]
    public List<ElevenLabsTranscriptTurn>? Transcript { get; set; }

    /// <summary>Timing, cost and telephony details, as JSON.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>The analysis (success evaluation, collected data, summary), as JSON.</summary>
    [JsonPropertyName("analysis")]
    public JsonElement? Analysis { get; set; }

    /// <summary>What the conversation was started with (dynamic variables, overrides), as JSON.</summary>
    [JsonPropertyName("conversation_initiation_client_data")]
    public JsonElement? ConversationInitiationClientData { get; set; }

    /// <summary>Whether any audio of the conversation is kept.</summary>
    [JsonPropertyName("has_audio")]
    public bool? HasAudio { get; set; }

    /// <summary>Whether the user's audio is kept.</summary>
    [JsonPropertyName("has_user_audio")]
    public bool? HasUserAudio { get; set; }

    /// <summary>Whether the agent's audio is kept.</summary>
    [JsonPropertyName("has_response_audio")]
    public bool? HasResponseAudio { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One turn of an ElevenLabs conversation's transcript.</summary>
public sealed class ElevenLabsTranscriptTurn
{
    /// <summary>Who spoke: <c>agent</c> or <c>user</c>.</summary>
    [JsonPropertyName("role")]
    public string Role { get; set; } = "";

    /// <summary>What was said; absent for a turn that only called a tool.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>When the turn began, in seconds from the start of the call.</summary>
    [JsonPropertyName("time_in_call_secs")]
    public double? TimeInCallSecs { get; set; }

    /// <summary>Members that this type doesn't name (tool calls, feedback, …).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
