using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

// GitLab's payloads, from its "Webhook events" reference (doc/user/project/integrations/webhook_events.md).
// Dates stay strings: GitLab writes them as ISO 8601 in some payloads and as "2016-08-12 15:23:28 UTC" in others.
/// <summary>Any GitLab webhook delivery: the members every event shares, the rest kept as JSON.</summary>
[WebhookContract("gitlab")]
public sealed class GitLabEvent
{
    /// <summary>The kind of event, such as <c>push</c> or <c>merge_request</c>.</summary>
    [JsonPropertyName("object_kind")]
    public string ObjectKind { get; set; } = "";

    /// <summary>The event's own type, such as <c>merge_request</c> or <c>confidential_issue</c>, where GitLab sends one.</summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("user")]
    public GitLabUser? User { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public GitLabProject? Project { get; set; }

    /// <summary>The object the event is about (issue, merge request, note, pipeline, …), as JSON.</summary>
    [JsonPropertyName("object_attributes")]
    public JsonElement? ObjectAttributes { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A <c>Push Hook</c> (or <c>Tag Push Hook</c>) delivery.</summary>
[WebhookContract("gitlab", Events = ["Push Hook", "Tag Push Hook"])]
public sealed class GitLabPushEvent
{
    /// <summary><c>push</c> or <c>tag_push</c>.</summary>
    [JsonPropertyName("object_kind")]
    public string ObjectKind { get; set; } = "";

    /// <summary><c>push</c> or <c>tag_push</c>.</summary>
    [JsonPropertyName("event_name")]
    public string? EventName { get; set; }

    /// <summary>The SHA before the push (zeros for a new branch).</summary>
    [JsonPropertyName("before")]
    public string Before { get; set; } = "";

    /// <summary>The SHA after the push (zeros for a deleted branch).</summary>
    [JsonPropertyName("after")]
    public string After { get; set; } = "";

    /// <summary>The ref pushed, such as <c>refs/heads/main</c>.</summary>
    [JsonPropertyName("ref")]
    public string Ref { get; set; } = "";

    /// <summary>The SHA checked out; <c>null</c> when the ref was deleted.</summary>
    [JsonPropertyName("checkout_sha")]
    public string? CheckoutSha { get; set; }

    /// <summary>The pusher's id.</summary>
    [JsonPropertyName("user_id")]
    public long UserId { get; set; }

    /// <summary>The pusher's name.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    /// <summary>The pusher's username.</summary>
    [JsonPropertyName("user_username")]
    public string? UserUsername { get; set; }

    /// <summary>The pusher's e-mail address, when GitLab shares it.</summary>
    [JsonPropertyName("user_email")]
    public string? UserEmail { get; set; }

    /// <summary>The project's id.</summary>
    [JsonPropertyName("project_id")]
    public long ProjectId { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public GitLabProject? Project { get; set; }

    /// <summary>The commits pushed (at most 20; see <see cref="TotalCommitsCount"/>).</summary>
    [JsonPropertyName("commits")]
    public List<GitLabCommit> Commits { get; set; } = [];

    /// <summary>How many commits were pushed.</summary>
    [JsonPropertyName("total_commits_count")]
    public int TotalCommitsCount { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A <c>Merge Request Hook</c> delivery.</summary>
[WebhookContract("gitlab", Events = ["Merge Request Hook"])]
public sealed class GitLabMergeRequestEvent
{
    /// <summary>The kind of event, such as <c>push</c> or <c>merge_request</c>.</summary>
    [JsonPropertyName("object_kind")]
    public string ObjectKind { get; set; } = "";

    /// <summary>The event's own type, such as <c>merge_request</c> or <c>confidential_issue</c>, where GitLab sends one.</summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("user")]
    public GitLabUser? User { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public GitLabProject? Project { get; set; }

    /// <summary>The merge request.</summary>
    [JsonPropertyName("object_attributes")]
    public GitLabMergeRequest ObjectAttributes { get; set; } = new();

    /// <summary>What changed, by member, as <c>previous</c>/<c>current</c> pairs.</summary>
    [JsonPropertyName("changes")]
    public JsonElement? Changes { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An <c>Issue Hook</c> (or <c>Confidential Issue Hook</c>) delivery.</summary>
[WebhookContract("gitlab", Events = ["Issue Hook", "Confidential Issue Hook"])]
public sealed class GitLabIssueEvent
{
    /// <summary>The kind of event, such as <c>push</c> or <c>merge_request</c>.</summary>
    [JsonPropertyName("object_kind")]
    public string ObjectKind { get; set; } = "";

    /// <summary>The event's own type, such as <c>merge_request</c> or <c>confidential_issue</c>, where GitLab sends one.</summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("user")]
    public GitLabUser? User { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public GitLabProject? Project { get; set; }

    /// <summary>The issue (or another work item).</summary>
    [JsonPropertyName("object_attributes")]
    public GitLabIssue ObjectAttributes { get; set; } = new();

    /// <summary>What changed, by member, as <c>previous</c>/<c>current</c> pairs.</summary>
    [JsonPropertyName("changes")]
    public JsonElement? Changes { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A <c>Pipeline Hook</c> delivery.</summary>
[WebhookContract("gitlab", Events = ["Pipeline Hook"])]
public sealed class GitLabPipelineEvent
{
    /// <summary>The kind of event, such as <c>push</c> or <c>merge_request</c>.</summary>
    [JsonPropertyName("object_kind")]
    public string ObjectKind { get; set; } = "";

    /// <summary>Who caused the event.</summary>
    [JsonPropertyName("user")]
    public GitLabUser? User { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public GitLabProject? Project { get; set; }

    /// <summary>The pipeline.</summary>
    [JsonPropertyName("object_attributes")]
    public GitLabPipeline ObjectAttributes { get; set; } = new();

    /// <summary>The pipeline's jobs, as JSON.</summary>
    [JsonPropertyName("builds")]
    public JsonElement? Builds { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A GitLab user, as webhook payloads describe one.</summary>
public sealed class GitLabUser
{
    /// <summary>The user's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The user's display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The user's username.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>The user's e-mail address, when GitLab shares it.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The user's avatar.</summary>
    [JsonPropertyName("avatar_url")]
    public string? AvatarUrl { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A GitLab project, as webhook payloads describe one.</summary>
public sealed class GitLabProject
{
    /// <summary>The project's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The project's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The project's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The project's page.</summary>
    [JsonPropertyName("web_url")]
    public string? WebUrl { get; set; }

    /// <summary>The project's path, such as <c>group/project</c>.</summary>
    [JsonPropertyName("path_with_namespace")]
    public string? PathWithNamespace { get; set; }

    /// <summary>The namespace's name.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>The default branch.</summary>
    [JsonPropertyName("default_branch")]
    public string? DefaultBranch { get; set; }

    /// <summary>The HTTP clone URL.</summary>
    [JsonPropertyName("git_http_url")]
    public string? GitHttpUrl { get; set; }

    /// <summary>The SSH clone URL.</summary>
    [JsonPropertyName("git_ssh_url")]
    public string? GitSshUrl { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A commit of a <see cref="GitLabPushEvent"/>.</summary>
public sealed class GitLabCommit
{
    /// <summary>The commit's SHA.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The commit message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The commit's first line.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>When it was committed (ISO 8601, as GitLab writes it).</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; set; }

    /// <summary>The commit's page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The commit's author.</summary>
    [JsonPropertyName("author")]
    public GitLabCommitAuthor? Author { get; set; }

    /// <summary>Files added.</summary>
    [JsonPropertyName("added")]
    public List<string>? Added { get; set; }

    /// <summary>Files modified.</summary>
    [JsonPropertyName("modified")]
    public List<string>? Modified { get; set; }

    /// <summary>Files removed.</summary>
    [JsonPropertyName("removed")]
    public List<string>? Removed { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The author of a <see cref="GitLabCommit"/>.</summary>
public sealed class GitLabCommitAuthor
{
    /// <summary>The author's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The author's e-mail address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The merge request of a <see cref="GitLabMergeRequestEvent"/>.</summary>
public sealed class GitLabMergeRequest
{
    /// <summary>The merge request's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Its number in the project.</summary>
    [JsonPropertyName("iid")]
    public long Iid { get; set; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary><c>opened</c>, <c>closed</c>, <c>merged</c> or <c>locked</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>What happened: <c>open</c>, <c>close</c>, <c>reopen</c>, <c>update</c>, <c>approved</c>, <c>unapproved</c>, <c>approval</c>, <c>unapproval</c> or <c>merge</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>The branch merged from.</summary>
    [JsonPropertyName("source_branch")]
    public string? SourceBranch { get; set; }

    /// <summary>The branch merged into.</summary>
    [JsonPropertyName("target_branch")]
    public string? TargetBranch { get; set; }

    /// <summary>Whether it can be merged, such as <c>can_be_merged</c>.</summary>
    [JsonPropertyName("merge_status")]
    public string? MergeStatus { get; set; }

    /// <summary>The merge request's page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>When it was opened, as GitLab writes it.</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>When it last changed, as GitLab writes it.</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The issue of a <see cref="GitLabIssueEvent"/>.</summary>
public sealed class GitLabIssue
{
    /// <summary>The issue's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Its number in the project.</summary>
    [JsonPropertyName("iid")]
    public long Iid { get; set; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary><c>opened</c> or <c>closed</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>What happened: <c>open</c>, <c>close</c>, <c>reopen</c> or <c>update</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>Whether the issue is confidential.</summary>
    [JsonPropertyName("confidential")]
    public bool? Confidential { get; set; }

    /// <summary>The issue's page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>When it was opened, as GitLab writes it.</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>When it last changed, as GitLab writes it.</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The pipeline of a <see cref="GitLabPipelineEvent"/>.</summary>
public sealed class GitLabPipeline
{
    /// <summary>The pipeline's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The ref it ran for.</summary>
    [JsonPropertyName("ref")]
    public string? Ref { get; set; }

    /// <summary>Whether the ref is a tag.</summary>
    [JsonPropertyName("tag")]
    public bool Tag { get; set; }

    /// <summary>The commit it ran for.</summary>
    [JsonPropertyName("sha")]
    public string? Sha { get; set; }

    /// <summary>What started it, such as <c>push</c> or <c>merge_request_event</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary><c>pending</c>, <c>running</c>, <c>success</c>, <c>failed</c>, <c>canceled</c>, <c>skipped</c>, …</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The status as the UI shows it.</summary>
    [JsonPropertyName("detailed_status")]
    public string? DetailedStatus { get; set; }

    /// <summary>The stages' names.</summary>
    [JsonPropertyName("stages")]
    public List<string>? Stages { get; set; }

    /// <summary>When it was created, as GitLab writes it.</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>When it finished, as GitLab writes it.</summary>
    [JsonPropertyName("finished_at")]
    public string? FinishedAt { get; set; }

    /// <summary>How long it ran, in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; set; }

    /// <summary>The pipeline's page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
