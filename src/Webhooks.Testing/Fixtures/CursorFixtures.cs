using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Cursor: the <c>statusChange</c> of a cloud agent that finished or failed, as Cursor's webhook docs show it.</summary>
internal static class CursorFixtures
{
    public static ProviderFixtures All { get; } = new("cursor",
    [
        StatusChange("FINISHED", "Added README.md with installation instructions and usage examples"),
        StatusChange("ERROR", "The agent stopped: the repository could not be cloned"),
    ], _ => new Dictionary<string, string> { ["X-Webhook-Event"] = "statusChange", ["User-Agent"] = "Cursor-Agent-Webhook/1.0" });

    private static FixtureTemplate StatusChange(string status, string summary) => FixtureTemplate.OfJson(status, v =>
    {
        var id = Id("bc_", 12);
        return $$$"""
            {"event":"statusChange","timestamp":"{{{v.Iso}}}","id":"{{{id}}}","status":"{{{v.Type}}}","source":{"repository":"https://github.com/your-org/your-repo","ref":"main"},"target":{"url":"https://cursor.com/agents?id={{{id}}}","branchName":"cursor/add-readme-{{{Number(4)}}}","prUrl":"https://github.com/your-org/your-repo/pull/{{{Number(4)}}}"},"summary":"{{{summary}}}"}
            """;
    });
}
