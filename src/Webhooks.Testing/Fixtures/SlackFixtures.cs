using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// Slack Events API: an <c>event_callback</c> envelope around the event (dispatched on <c>event.type</c>), and the
/// <c>url_verification</c> handshake, which the receiver answers with its challenge.
/// </summary>
internal static class SlackFixtures
{
    public static ProviderFixtures All { get; } = new("slack",
    [
        Callback("app_mention", v => $$$"""{"type":"{{{v.Type}}}","user":"U061F7AUR","text":"<@U0LAN0Z89> is it everything a river should be?","ts":"{{{v.Unix}}}.000200","channel":"C0LAN2Q65","event_ts":"{{{v.Unix}}}.000200"}"""),
        Callback("message", v => $$$"""{"type":"{{{v.Type}}}","channel":"C0LAN2Q65","user":"U061F7AUR","text":"Live long and prospect.","ts":"{{{v.Unix}}}.000100","event_ts":"{{{v.Unix}}}.000100","channel_type":"channel"}"""),
        Callback("reaction_added", v => $$$"""{"type":"{{{v.Type}}}","user":"U061F7AUR","reaction":"thumbsup","item_user":"U0G9QF9C6","item":{"type":"message","channel":"C0LAN2Q65","ts":"{{{v.Unix - 60}}}.000100"},"event_ts":"{{{v.Unix}}}.000300"}"""),
        Callback("member_joined_channel", v => $$$"""{"type":"{{{v.Type}}}","user":"W06GH7XHN","channel":"C0698JE0H","channel_type":"C","team":"T024BE7LD","event_ts":"{{{v.Unix}}}.000400"}"""),
        Callback("app_home_opened", v => $$$"""{"type":"{{{v.Type}}}","user":"U061F7AUR","channel":"D0LAN2Q65","tab":"home","event_ts":"{{{v.Unix}}}.000500"}"""),
        Callback("channel_created", v => $$$"""{"type":"{{{v.Type}}}","channel":{"id":"C024BE91L","name":"fun","created":{{{v.Unix}}},"creator":"U024BE7LH"},"event_ts":"{{{v.Unix}}}.000600"}"""),
        FixtureTemplate.OfJson("url_verification", v => $$$"""
            {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"{{{Id("", 48)}}}","type":"{{{v.Type}}}"}
            """),
    ], _ => new Dictionary<string, string> { ["User-Agent"] = "Slackbot 1.0 (+https://api.slack.com/robots)" });

    private static FixtureTemplate Callback(string type, Func<FixtureValues, string> inner) => FixtureTemplate.OfJson(type, v => $$$"""
        {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","team_id":"T0001","api_app_id":"A0KRD7HC3","event":{{{inner(v)}}},"type":"event_callback","event_id":"{{{Id("Ev", 10)}}}","event_time":{{{v.Unix}}},"authorizations":[{"enterprise_id":null,"team_id":"T0001","user_id":"U0LAN0Z89","is_bot":true,"is_enterprise_install":false}],"is_ext_shared_channel":false,"event_context":"{{{Id("4-", 40)}}}"}
        """);
}
