using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Vercel: <c>id</c>, <c>type</c>, <c>createdAt</c> (milliseconds) and the deployment or project in <c>payload</c>.</summary>
internal static class VercelFixtures
{
    public static ProviderFixtures All { get; } = new("vercel",
    [
        Deployment("deployment.created"),
        Deployment("deployment.succeeded"),
        Deployment("deployment.ready"),
        Deployment("deployment.promoted"),
        Deployment("deployment.error"),
        Deployment("deployment.canceled"),
        Project("project.created"),
        Project("project.removed"),
    ]);

    private static FixtureTemplate Deployment(string type) => FixtureTemplate.OfJson(type, v =>
    {
        var deployment = Id("dpl_", 28);
        return $$$"""
            {"id":"{{{Id("", 24)}}}","type":"{{{v.Type}}}","createdAt":{{{v.UnixMs}}},"region":"sfo1","payload":{"team":{"id":"team_a1b2c3d4e5f6g7h8i9j0k1l2"},"user":{"id":"u1v2w3x4y5z6a7b8c9d0e1f2"},"deployment":{"id":"{{{deployment}}}","meta":{"githubCommitRef":"main","githubCommitSha":"{{{Hex(40)}}}"},"url":"my-app-{{{Hex(9)}}}-acme.vercel.app","name":"my-app"},"links":{"deployment":"https://vercel.com/acme/my-app/{{{deployment[4..]}}}","project":"https://vercel.com/acme/my-app"},"target":"production","project":{"id":"prj_QmF5c2FtcGxlcHJvamVjdGlk"},"plan":"pro","regions":["sfo1"]}}
            """;
    });

    private static FixtureTemplate Project(string type) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("", 24)}}}","type":"{{{v.Type}}}","createdAt":{{{v.UnixMs}}},"payload":{"project":{"id":"{{{Id("prj_", 24)}}}","name":"my-app"},"team":{"id":"team_a1b2c3d4e5f6g7h8i9j0k1l2"},"user":{"id":"u1v2w3x4y5z6a7b8c9d0e1f2"}},"region":null}
        """);
}
