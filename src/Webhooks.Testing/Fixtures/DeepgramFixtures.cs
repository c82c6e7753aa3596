using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Deepgram: every callback is <c>callback</c>, a pre-recorded transcription response keyed by <c>metadata.request_id</c>.</summary>
internal static class DeepgramFixtures
{
    public static ProviderFixtures All { get; } = new("deepgram",
    [
        FixtureTemplate.OfJson("callback", v => $$$$"""
        {"metadata":{"transaction_key":"deprecated","request_id":"{{{{Uuid()}}}}","sha256":"{{{{Hex(64)}}}}","created":"{{{{v.Iso}}}}","duration":2.1,"channels":1,"models":["30089e05-99d1-4376-b32e-c263170674af"],"model_info":{"30089e05-99d1-4376-b32e-c263170674af":{"name":"2-general-nova","version":"2024-01-09.29447","arch":"nova-3"}}},"results":{"channels":[{"alternatives":[{"transcript":"Hello, and thank you for calling.","confidence":0.99,"words":[]}]}]}}
        """),
    ]);
}
