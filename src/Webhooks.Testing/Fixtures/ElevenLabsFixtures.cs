using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>ElevenLabs: <c>type</c>, <c>event_timestamp</c> (unix seconds) and the conversation in <c>data</c>.</summary>
internal static class ElevenLabsFixtures
{
    public static ProviderFixtures All { get; } = new("elevenlabs",
    [
        FixtureTemplate.OfJson("post_call_transcription", v => $$$$"""
            {"type":"{{{{v.Type}}}}","event_timestamp":{{{{v.Unix}}}},"data":{"agent_id":"agent_01jx5sample","conversation_id":"{{{{Id("conv_", 26)}}}}","status":"done","user_id":null,"transcript":[{"role":"agent","message":"Hello, how can I help?","time_in_call_secs":0},{"role":"user","message":"I'd like to book a table.","time_in_call_secs":3}],"metadata":{"start_time_unix_secs":{{{{v.Unix - 60}}}},"call_duration_secs":60,"cost":420},"analysis":{"call_successful":"success","transcript_summary":"The caller booked a table."}}}
            """),
        FixtureTemplate.OfJson("post_call_audio", v => $$$$"""
            {"type":"{{{{v.Type}}}}","event_timestamp":{{{{v.Unix}}}},"data":{"agent_id":"agent_01jx5sample","conversation_id":"{{{{Id("conv_", 26)}}}}","full_audio":"SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjYwLjE2LjEwMAAAAAAAAAAAAAAA"}}
            """),
        FixtureTemplate.OfJson("call_initiation_failure", v => $$$$"""
            {"type":"{{{{v.Type}}}}","event_timestamp":{{{{v.Unix}}}},"data":{"agent_id":"agent_01jx5sample","conversation_id":"{{{{Id("conv_", 26)}}}}","failure_reason":"busy","metadata":{"body":{},"type":"twilio"}}}
            """),
    ]);
}
