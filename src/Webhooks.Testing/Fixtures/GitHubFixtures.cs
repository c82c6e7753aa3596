using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>GitHub: the event is the <c>X-GitHub-Event</c> header; bodies carry the repository and the sender.</summary>
internal static class GitHubFixtures
{
    private const string Repository = """
        "repository":{"id":812345678,"node_id":"R_kgDOMGq8Tg","name":"sample","full_name":"octo-org/sample","private":false,"html_url":"https://github.com/octo-org/sample","description":"A sample repository","fork":false,"default_branch":"main","visibility":"public","owner":{"login":"octo-org","id":9919,"type":"Organization","html_url":"https://github.com/octo-org","avatar_url":"https://avatars.githubusercontent.com/u/9919?v=4"}}
        """;

    private const string Sender = """
        "sender":{"login":"octocat","id":583231,"type":"User","html_url":"https://github.com/octocat","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4"}
        """;

    private const string User = """
        {"login":"octocat","id":583231,"type":"User","html_url":"https://github.com/octocat","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4"}
        """;

    public static ProviderFixtures All { get; } = new("github",
    [
        FixtureTemplate.OfJson("push", v =>
        {
            var (before, after) = (Hex(40), Hex(40));
            return $$$"""
                {"ref":"refs/heads/main","before":"{{{before}}}","after":"{{{after}}}","created":false,"deleted":false,"forced":false,"base_ref":null,"compare":"https://github.com/octo-org/sample/compare/{{{before[..12]}}}...{{{after[..12]}}}","commits":[{"id":"{{{after}}}","tree_id":"{{{Hex(40)}}}","distinct":true,"message":"Fix the webhook handler","timestamp":"{{{v.IsoOffset}}}","url":"https://github.com/octo-org/sample/commit/{{{after}}}","author":{"name":"The Octocat","email":"octocat@github.com","username":"octocat"},"committer":{"name":"GitHub","email":"noreply@github.com","username":"web-flow"},"added":[],"removed":[],"modified":["src/Handler.cs"]}],"head_commit":{"id":"{{{after}}}","tree_id":"{{{Hex(40)}}}","distinct":true,"message":"Fix the webhook handler","timestamp":"{{{v.IsoOffset}}}","url":"https://github.com/octo-org/sample/commit/{{{after}}}","author":{"name":"The Octocat","email":"octocat@github.com","username":"octocat"},"committer":{"name":"GitHub","email":"noreply@github.com","username":"web-flow"},"added":[],"removed":[],"modified":["src/Handler.cs"]},"pusher":{"name":"octocat","email":"octocat@github.com"},{{{Repository}}},{{{Sender}}}}
                """;
        }),
        FixtureTemplate.OfJson("ping", _ => $$$"""
            {"zen":"Design for failure.","hook_id":{{{Number(9)}}},"hook":{"type":"Repository","id":501234567,"name":"web","active":true,"events":["push","pull_request"],"config":{"content_type":"json","insecure_ssl":"0","url":"https://example.com/webhooks/github"}},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("pull_request", v => $$$"""
            {"action":"opened","number":42,"pull_request":{"id":{{{Number(10)}}},"number":42,"state":"open","title":"Handle refunds","body":"Adds the charge.refunded handler.","user":{{{User}}},"html_url":"https://github.com/octo-org/sample/pull/42","head":{"label":"octocat:refunds","ref":"refunds","sha":"{{{Hex(40)}}}"},"base":{"label":"octo-org:main","ref":"main","sha":"{{{Hex(40)}}}"},"merged":false,"draft":false,"merge_commit_sha":null,"labels":[],"created_at":"{{{v.IsoBefore(0)}}}","updated_at":"{{{v.IsoBefore(0)}}}","closed_at":null,"merged_at":null,"merged_by":null},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("issues", v => $$$"""
            {"action":"opened","issue":{"id":{{{Number(10)}}},"number":7,"title":"Webhook retries are logged twice","body":"Seen in production.","state":"open","state_reason":null,"user":{{{User}}},"html_url":"https://github.com/octo-org/sample/issues/7","labels":[{"id":208045946,"name":"bug","color":"d73a4a","description":"Something isn't working"}],"assignees":[],"comments":0,"created_at":"{{{v.IsoBefore(0)}}}","updated_at":"{{{v.IsoBefore(0)}}}","closed_at":null},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("issue_comment", v => $$$"""
            {"action":"created","issue":{"id":2401234567,"number":7,"title":"Webhook retries are logged twice","state":"open","user":{{{User}}},"html_url":"https://github.com/octo-org/sample/issues/7","labels":[],"assignees":[],"comments":1,"created_at":"{{{v.IsoBefore(3600)}}}","updated_at":"{{{v.IsoBefore(0)}}}","closed_at":null},"comment":{"id":{{{Number(10)}}},"body":"I can reproduce this.","user":{{{User}}},"html_url":"https://github.com/octo-org/sample/issues/7#issuecomment-1","created_at":"{{{v.IsoBefore(0)}}}","updated_at":"{{{v.IsoBefore(0)}}}"},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("release", v => $$$"""
            {"action":"published","release":{"id":{{{Number(9)}}},"tag_name":"v1.2.0","name":"v1.2.0","body":"Bug fixes.","draft":false,"prerelease":false,"html_url":"https://github.com/octo-org/sample/releases/tag/v1.2.0","created_at":"{{{v.IsoBefore(60)}}}","published_at":"{{{v.IsoBefore(0)}}}","author":{{{User}}}},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("workflow_run", v => $$$"""
            {"action":"completed","workflow_run":{"id":{{{Number(10)}}},"name":"CI","head_branch":"main","head_sha":"{{{Hex(40)}}}","run_number":128,"event":"push","status":"completed","conclusion":"success","html_url":"https://github.com/octo-org/sample/actions/runs/1","created_at":"{{{v.IsoBefore(300)}}}","updated_at":"{{{v.IsoBefore(0)}}}"},{{{Repository}}},{{{Sender}}}}
            """),
        FixtureTemplate.OfJson("star", v => $$$"""
            {"action":"created","starred_at":"{{{v.IsoBefore(0)}}}",{{{Repository}}},{{{Sender}}}}
            """),
    ], Headers);

    private static Dictionary<string, string> Headers(string eventType) => new()
    {
        ["User-Agent"] = "GitHub-Hookshot/8b1c5f2",
        ["X-GitHub-Hook-ID"] = "501234567",
        ["X-GitHub-Hook-Installation-Target-ID"] = "812345678",
        ["X-GitHub-Hook-Installation-Target-Type"] = "repository",
    };
}
