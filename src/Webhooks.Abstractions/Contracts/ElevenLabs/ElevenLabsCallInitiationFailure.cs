using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A call the agent could not start (<c>call_initiation_failure</c>).</summary>
public sealed class ElevenLabsCallInitiationFailure
{
    /// <summary>The agent's id.</summary>
    [JsonPropertyName("agent_id")]
    public string AgentId { get; set; } = "";

    /// <summary>The conversation's id.</summary>
    [JsonPropertyName("conversation_id")]
    public string ConversationId { get; set; } = "";

    /// <summary>Why the call failed, such as <c>busy</c>.</summary>
    [JsonPropertyName("failure_reason")]
    public string? FailureReason { get; set; }

    /// <summary>What the telephony provider reported (its <c>type</c> and <c>body</c>), as JSON.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
