using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A GitHub <c>push</c>: commits pushed to a branch or tag, or a branch or tag created or deleted.</summary>
[WebhookContract("github", Events = ["push"])]
public sealed class GitHubPushEvent : GitHubEvent
{
    /// <summary>The full ref pushed, such as <c>refs/heads/main</c> or <c>refs/tags/v1.0</c>.</summary>
    [JsonPropertyName("ref")]
    public string Ref { get; set; } = "";

    /// <summary>The SHA of the ref before the push (all zeros when the ref was created).</summary>
    [JsonPropertyName("before")]
    public string Before { get; set; } = "";

    /// <summary>The SHA of the ref after the push (all zeros when the ref was deleted).</summary>
    [JsonPropertyName("after")]
    public string After { get; set; } = "";

    /// <summary>Whether the push created the ref.</summary>
    [JsonPropertyName("created")]
    public bool Created { get; set; }

    /// <summary>Whether the push deleted the ref.</summary>
    [JsonPropertyName("deleted")]
    public bool Deleted { get; set; }

    /// <summary>Whether the push was a force push.</summary>
    [JsonPropertyName("forced")]
    public bool Forced { get; set; }

    /// <summary>The ref the pushed ref was based on, for a tag pushed at a branch's head.</summary>
    [JsonPropertyName("base_ref")]
    public string? BaseRef { get; set; }

    /// <summary>The page comparing <see cref="Before"/> with <see cref="After"/>.</summary>
    [JsonPropertyName("compare")]
    public string Compare { get; set; } = "";

    /// <summary>The pushed commits, oldest first; at most 2048 (larger pushes are truncated).</summary>
    [JsonPropertyName("commits")]
    public List<GitHubCommit> Commits { get; set; } = [];

    /// <summary>The commit the ref now points to; <c>null</c> when the ref was deleted.</summary>
    [JsonPropertyName("head_commit")]
    public GitHubCommit? HeadCommit { get; set; }

    /// <summary>Who pushed (a git identity, not a GitHub account).</summary>
    [JsonPropertyName("pusher")]
    public GitHubCommitter Pusher { get; set; } = new();
}

/// <summary>A commit in a <see cref="GitHubPushEvent"/>.</summary>
public sealed class GitHubCommit
{
    /// <summary>The commit's SHA.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The SHA of the commit's tree.</summary>
    [JsonPropertyName("tree_id")]
    public string? TreeId { get; set; }

    /// <summary>Whether the commit is new to the repository (not pushed before on another ref).</summary>
    [JsonPropertyName("distinct")]
    public bool Distinct { get; set; }

    /// <summary>The commit message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; set; } = "";

    /// <summary>When the commit was authored.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The commit's page on GitHub.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The commit's author.</summary>
    [JsonPropertyName("author")]
    public GitHubCommitter? Author { get; set; }

    /// <summary>The commit's committer.</summary>
    [JsonPropertyName("committer")]
    public GitHubCommitter? Committer { get; set; }

    /// <summary>Paths the commit added.</summary>
    [JsonPropertyName("added")]
    public List<string> Added { get; set; } = [];

    /// <summary>Paths the commit removed.</summary>
    [JsonPropertyName("removed")]
    public List<string> Removed { get; set; } = [];

    /// <summary>Paths the commit modified.</summary>
    [JsonPropertyName("modified")]
    public List<string> Modified { get; set; } = [];

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A git identity: a commit's author or committer, or the pusher.</summary>
public sealed class GitHubCommitter
{
    /// <summary>The git name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The git email, if known.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The GitHub login, when GitHub could match the email to an account.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
