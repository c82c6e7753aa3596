using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Bitbucket Cloud: the event key is the <c>X-Event-Key</c> header; the body has the actor, the repository and the push or pull request.</summary>
internal static class BitbucketFixtures
{
    private const string Repository = """{"type":"repository","full_name":"acme/widgets","name":"widgets","uuid":"{7c3e1b5a-2f4d-4c8e-9a1b-3d5e7f9a1c2b}","is_private":true,"links":{"html":{"href":"https://bitbucket.org/acme/widgets"}}}""";
    private const string Actor = """{"type":"user","display_name":"Ada Lovelace","uuid":"{d301aafa-d676-4ee0-88be-962be7417567}","account_id":"557058:c0b72ad0-1cb5-4018-9cdc-0cde8492c443","nickname":"ada"}""";

    public static ProviderFixtures All { get; } = new("bitbucket",
    [
        FixtureTemplate.OfJson("repo:push", v => $$$"""
            {"actor":{{{Actor}}},"repository":{{{Repository}}},"push":{"changes":[{"new":{"type":"branch","name":"main","target":{"type":"commit","hash":"{{{Hex(40)}}}","message":"Fix the build\n","date":"{{{v.IsoOffset}}}"}},"old":{"type":"branch","name":"main","target":{"type":"commit","hash":"{{{Hex(40)}}}"}},"created":false,"forced":false,"closed":false,"truncated":false}]}}
            """),
        PullRequest("pullrequest:created", "OPEN"),
        PullRequest("pullrequest:updated", "OPEN"),
        PullRequest("pullrequest:approved", "OPEN"),
        PullRequest("pullrequest:fulfilled", "MERGED"),
        PullRequest("pullrequest:rejected", "DECLINED"),
        FixtureTemplate.OfJson("repo:commit_status_updated", v => $$$"""
            {"actor":{{{Actor}}},"repository":{{{Repository}}},"commit_status":{"type":"build","key":"ci","name":"CI build","state":"SUCCESSFUL","url":"https://ci.example.com/builds/{{{Number(4)}}}","created_on":"{{{v.IsoOffset}}}","updated_on":"{{{v.IsoOffset}}}"}}
            """),
    ], _ => new Dictionary<string, string> { ["X-Hook-UUID"] = "{4c16a397-8e48-479c-8ca2-442e46c90570}", ["X-Attempt-Number"] = "1", ["User-Agent"] = "Bitbucket-Webhooks/2.0" });

    private static FixtureTemplate PullRequest(string key, string state) => FixtureTemplate.OfJson(key, v => $$$"""
        {"actor":{{{Actor}}},"repository":{{{Repository}}},"pullrequest":{"id":{{{Number(2)}}},"title":"Add a README","state":"{{{state}}}","author":{{{Actor}}},"source":{"branch":{"name":"feature/readme"}},"destination":{"branch":{"name":"main"}},"created_on":"{{{v.IsoOffset}}}","updated_on":"{{{v.IsoOffset}}}","links":{"html":{"href":"https://bitbucket.org/acme/widgets/pull-requests/1"}} } }
        """);
}
