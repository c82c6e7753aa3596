using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>OpenAI: an <c>event</c> object whose <c>data.id</c> names the batch, job, run or response.</summary>
internal static class OpenAIFixtures
{
    public static ProviderFixtures All { get; } = new("openai",
    [
        Event("batch.completed", "batch_"),
        Event("batch.failed", "batch_"),
        Event("batch.cancelled", "batch_"),
        Event("batch.expired", "batch_"),
        Event("fine_tuning.job.succeeded", "ftjob-"),
        Event("fine_tuning.job.failed", "ftjob-"),
        Event("fine_tuning.job.cancelled", "ftjob-"),
        Event("eval.run.succeeded", "evalrun_"),
        Event("eval.run.failed", "evalrun_"),
        Event("eval.run.canceled", "evalrun_"),
        Event("response.completed", "resp_"),
        Event("response.failed", "resp_"),
        Event("response.cancelled", "resp_"),
        Event("response.incomplete", "resp_"),
        FixtureTemplate.OfJson("realtime.call.incoming", v => $$$"""
            {"id":"{{{Id("evt_", 32)}}}","object":"event","created_at":{{{v.Unix}}},"type":"{{{v.Type}}}","data":{"call_id":"{{{Id("rtc_", 32)}}}","sip_headers":[{"name":"From","value":"sip:+14155550123@sip.example.com"},{"name":"To","value":"sip:+18005550199@sip.example.com"},{"name":"Call-ID","value":"{{{Uuid()}}}"}]}}
            """),
    ]);

    private static FixtureTemplate Event(string type, string dataPrefix) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("evt_", 32)}}}","object":"event","created_at":{{{v.Unix}}},"type":"{{{v.Type}}}","data":{"id":"{{{Id(dataPrefix, 24)}}}"}}
        """);
}
