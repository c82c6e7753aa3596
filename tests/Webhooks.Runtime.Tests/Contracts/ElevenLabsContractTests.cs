using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>ElevenLabs' post-call webhooks, read through the built-in source-generated metadata.</summary>
public sealed class ElevenLabsContractTests
{
    private static readonly WebhookContractsJsonContext Json = WebhookContractsJsonContext.Default;

    // The shape of https://elevenlabs.io/docs/eleven-agents/workflows/post-call-webhooks (transcription webhook), abridged,
    // with the has_*_audio members its migration notice adds and a member this contract doesn't name (feedback).
    private const string Transcription = """
        {
          "type": "post_call_transcription",
          "event_timestamp": 1739537297,
          "data": {
            "agent_id": "xyz",
            "conversation_id": "abc",
            "status": "done",
            "user_id": "user_42",
            "transcript": [
              {"role": "agent", "message": "Hey there, angelo. How are you?", "time_in_call_secs": 0, "feedback": null},
              {"role": "user", "message": "Hey, can you tell me about the weather?", "time_in_call_secs": 2.5}
            ],
            "metadata": {"start_time_unix_secs": 1739537297, "call_duration_secs": 22, "cost": 296},
            "analysis": {"call_successful": "success", "transcript_summary": "The user asked about the weather."},
            "conversation_initiation_client_data": {"dynamic_variables": {"user_name": "angelo"}},
            "has_audio": true,
            "has_user_audio": true,
            "has_response_audio": false
          }
        }
        """;

    [Fact]
    public void Post_call_transcription_is_read()
    {
        var evt = JsonSerializer.Deserialize(Transcription, Json.ElevenLabsEventElevenLabsPostCallTranscription)!;

        Assert.Equal(("post_call_transcription", 1739537297L), (evt.Type, evt.EventTimestamp));
        Assert.Equal(("xyz", "abc", "done", "user_42"), (evt.Data.AgentId, evt.Data.ConversationId, evt.Data.Status, evt.Data.UserId));
        Assert.Equal(["agent", "user"], evt.Data.Transcript!.Select(t => t.Role));
        Assert.Equal("Hey, can you tell me about the weather?", evt.Data.Transcript![1].Message);
        Assert.Equal(2.5, evt.Data.Transcript![1].TimeInCallSecs);
        Assert.Equal(JsonValueKind.Null, evt.Data.Transcript![0].AdditionalProperties!["feedback"].ValueKind);
        Assert.Equal(22, evt.Data.Metadata!.Value.GetProperty("call_duration_secs").GetInt32());
        Assert.Equal("success", evt.Data.Analysis!.Value.GetProperty("call_successful").GetString());
        Assert.Equal("angelo", evt.Data.ConversationInitiationClientData!.Value.GetProperty("dynamic_variables").GetProperty("user_name").GetString());
        Assert.Equal((true, true, false), (evt.Data.HasAudio, evt.Data.HasUserAudio, evt.Data.HasResponseAudio));
    }

    [Fact]
    public void Post_call_audio_is_read()
    {
        var evt = JsonSerializer.Deserialize("""
            {"type":"post_call_audio","event_timestamp":1739537319,"data":{"agent_id":"xyz","conversation_id":"abc","full_audio":"SUQzBAAAAAAA"}}
            """, Json.ElevenLabsEventElevenLabsPostCallAudio)!;

        Assert.Equal("post_call_audio", evt.Type);
        Assert.Equal(("xyz", "abc"), (evt.Data.AgentId, evt.Data.ConversationId));
        Assert.Equal("ID3", System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(evt.Data.FullAudio), 0, 3));
    }

    [Fact]
    public void Call_initiation_failure_is_read()
    {
        var evt = JsonSerializer.Deserialize("""
            {"type":"call_initiation_failure","event_timestamp":1759931652,"data":{"agent_id":"xyz","conversation_id":"abc","failure_reason":"busy","metadata":{"type":"twilio","body":{"CallStatus":"busy"}}}}
            """, Json.ElevenLabsEventElevenLabsCallInitiationFailure)!;

        Assert.Equal("busy", evt.Data.FailureReason);
        Assert.Equal("twilio", evt.Data.Metadata!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public void Any_event_keeps_its_data_as_json_and_unknown_members()
    {
        var evt = JsonSerializer.Deserialize("""
            {"type":"voice_removal_notice","event_timestamp":1739537297,"data":{"voice_id":"v1"},"version":2}
            """, Json.ElevenLabsEvent)!;

        Assert.Equal("voice_removal_notice", evt.Type);
        Assert.Equal("v1", evt.Data.GetProperty("voice_id").GetString());
        Assert.Equal(2, evt.AdditionalProperties!["version"].GetInt32());
    }

    [Theory]
    [InlineData("""{"type":"post_call_audio","event_timestamp":1,"data":null}""")]
    [InlineData("""{"type":"post_call_audio","event_timestamp":1,"data":{"agent_id":"a","conversation_id":null,"full_audio":""}}""")]
    public void Null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.ElevenLabsEventElevenLabsPostCallAudio));

    [Fact]
    public void Contracts_name_elevenlabs()
    {
        Assert.Equal("elevenlabs", typeof(ElevenLabsEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
        Assert.Equal("elevenlabs", typeof(ElevenLabsEvent<ElevenLabsPostCallTranscription>).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
