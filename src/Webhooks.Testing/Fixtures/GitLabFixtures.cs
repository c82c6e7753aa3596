using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>GitLab: the event is the <c>X-Gitlab-Event</c> header; bodies carry <c>object_kind</c>, the user and the project.</summary>
internal static class GitLabFixtures
{
    private const string Project = """
        "project":{"id":15,"name":"sample","description":"A sample project","web_url":"https://gitlab.example.com/acme/sample","git_ssh_url":"git@gitlab.example.com:acme/sample.git","git_http_url":"https://gitlab.example.com/acme/sample.git","namespace":"Acme","path_with_namespace":"acme/sample","default_branch":"main"}
        """;

    private const string User = """
        "user":{"id":1,"name":"Administrator","username":"root","avatar_url":"https://www.gravatar.com/avatar/e64c7d89f26bd1972efa854d13d7dd61","email":"admin@example.com"}
        """;

    public static ProviderFixtures All { get; } = new("gitlab",
    [
        FixtureTemplate.OfJson("Push Hook", v =>
        {
            var (before, after) = (Hex(40), Hex(40));
            return $$$"""
                {"object_kind":"push","event_name":"push","before":"{{{before}}}","after":"{{{after}}}","ref":"refs/heads/main","ref_protected":true,"checkout_sha":"{{{after}}}","user_id":1,"user_name":"Administrator","user_username":"root","user_email":"admin@example.com","project_id":15,{{{Project}}},"commits":[{"id":"{{{after}}}","message":"Fix the webhook handler\n","title":"Fix the webhook handler","timestamp":"{{{v.IsoOffset}}}","url":"https://gitlab.example.com/acme/sample/-/commit/{{{after}}}","author":{"name":"Administrator","email":"admin@example.com"},"added":[],"modified":["src/Handler.cs"],"removed":[]}],"total_commits_count":1}
                """;
        }),
        FixtureTemplate.OfJson("Merge Request Hook", v => $$$"""
            {"object_kind":"merge_request","event_type":"merge_request",{{{User}}},{{{Project}}},"object_attributes":{"id":{{{Number(8)}}},"iid":42,"title":"Handle refunds","description":"Adds the refund handler.","state":"opened","action":"open","source_branch":"refunds","target_branch":"main","merge_status":"unchecked","url":"https://gitlab.example.com/acme/sample/-/merge_requests/42","created_at":"{{{v.IsoBefore(0)}}}","updated_at":"{{{v.IsoBefore(0)}}}"},"labels":[],"changes":{}}
            """),
        FixtureTemplate.OfJson("Issue Hook", v => $$$"""
            {"object_kind":"issue","event_type":"issue",{{{User}}},{{{Project}}},"object_attributes":{"id":{{{Number(8)}}},"iid":7,"title":"Webhook retries are logged twice","description":"Seen in production.","state":"opened","action":"open","confidential":false,"url":"https://gitlab.example.com/acme/sample/-/issues/7","created_at":"{{{v.IsoBefore(0)}}}","updated_at":"{{{v.IsoBefore(0)}}}"},"labels":[],"changes":{}}
            """),
        FixtureTemplate.OfJson("Pipeline Hook", v => $$$"""
            {"object_kind":"pipeline","object_attributes":{"id":{{{Number(8)}}},"iid":128,"ref":"main","tag":false,"sha":"{{{Hex(40)}}}","source":"push","status":"success","detailed_status":"passed","stages":["build","test"],"created_at":"{{{v.IsoBefore(300)}}}","finished_at":"{{{v.IsoBefore(0)}}}","duration":300,"url":"https://gitlab.example.com/acme/sample/-/pipelines/1"},{{{User}}},{{{Project}}},"builds":[]}
            """),
    ], Headers);

    // GitLab's delivery headers beside the token; Idempotency-Key and X-Gitlab-Event-UUID come from the signer.
    private static Dictionary<string, string> Headers(string eventType) => new()
    {
        ["User-Agent"] = "GitLab/17.6.0",
        ["X-Gitlab-Instance"] = "https://gitlab.example.com",
        ["X-Gitlab-Webhook-UUID"] = "1f0e8b5c-7a2d-4c3e-9b6a-5d4c3b2a1f0e",
    };
}
