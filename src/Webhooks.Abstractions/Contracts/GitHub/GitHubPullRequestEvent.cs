using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A GitHub <c>pull_request</c> event; <see cref="GitHubEvent.Action"/> says what happened (<c>opened</c>,
/// <c>synchronize</c>, <c>closed</c>, …). A merged pull request arrives as <c>closed</c> with
/// <see cref="GitHubPullRequest.Merged"/> set.
/// </summary>
[WebhookContract("github", Events = ["pull_request"])]
public sealed class GitHubPullRequestEvent : GitHubEvent
{
    /// <summary>The pull request's number.</summary>
    [JsonPropertyName("number")]
    public long Number { get; set; }

    /// <summary>The pull request.</summary>
    [JsonPropertyName("pull_request")]
    public GitHubPullRequest PullRequest { get; set; } = new();
}

/// <summary>A GitHub pull request as webhook payloads show it.</summary>
public sealed class GitHubPullRequest
{
    /// <summary>The pull request's id (not its number).</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The pull request's number in its repository.</summary>
    [JsonPropertyName("number")]
    public long Number { get; set; }

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    [JsonPropertyName("state")]
    public string State { get; set; } = "";

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The description, if any.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The author.</summary>
    [JsonPropertyName("user")]
    public GitHubUser? User { get; set; }

    /// <summary>The pull request's page on GitHub.</summary>
    [JsonPropertyName("html_url")]
    public string HtmlUrl { get; set; } = "";

    /// <summary>The branch with the changes.</summary>
    [JsonPropertyName("head")]
    public GitHubPullRequestRef Head { get; set; } = new();

    /// <summary>The branch the changes would be merged into.</summary>
    [JsonPropertyName("base")]
    public GitHubPullRequestRef Base { get; set; } = new();

    /// <summary>Whether the pull request was merged; <c>null</c> where the payload leaves it out.</summary>
    [JsonPropertyName("merged")]
    public bool? Merged { get; set; }

    /// <summary>Whether the pull request is a draft.</summary>
    [JsonPropertyName("draft")]
    public bool Draft { get; set; }

    /// <summary>The SHA of the merge commit, once GitHub has computed one.</summary>
    [JsonPropertyName("merge_commit_sha")]
    public string? MergeCommitSha { get; set; }

    /// <summary>The labels.</summary>
    [JsonPropertyName("labels")]
    public List<GitHubLabel> Labels { get; set; } = [];

    /// <summary>When the pull request was opened.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the pull request last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the pull request was closed.</summary>
    [JsonPropertyName("closed_at")]
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the pull request was merged.</summary>
    [JsonPropertyName("merged_at")]
    public DateTimeOffset? MergedAt { get; set; }

    /// <summary>Who merged the pull request.</summary>
    [JsonPropertyName("merged_by")]
    public GitHubUser? MergedBy { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>head</c> or <c>base</c> of a <see cref="GitHubPullRequest"/>.</summary>
public sealed class GitHubPullRequestRef
{
    /// <summary>The owner and branch, such as <c>octocat:feature</c>.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>The branch name, such as <c>main</c> (not a full <c>refs/heads/…</c> ref).</summary>
    [JsonPropertyName("ref")]
    public string Ref { get; set; } = "";

    /// <summary>The SHA of the branch's head commit.</summary>
    [JsonPropertyName("sha")]
    public string Sha { get; set; } = "";

    /// <summary>The branch's repository; <c>null</c> when a fork was deleted.</summary>
    [JsonPropertyName("repo")]
    public GitHubRepository? Repo { get; set; }

    /// <summary>The owner of the branch's repository.</summary>
    [JsonPropertyName("user")]
    public GitHubUser? User { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
