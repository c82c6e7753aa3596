using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A GitHub <c>issues</c> event; <see cref="GitHubEvent.Action"/> says what happened (<c>opened</c>,
/// <c>edited</c>, <c>closed</c>, <c>labeled</c>, …).
/// </summary>
[WebhookContract("github", Events = ["issues"])]
public sealed class GitHubIssuesEvent : GitHubEvent
{
    /// <summary>The issue.</summary>
    [JsonPropertyName("issue")]
    public GitHubIssue Issue { get; set; } = new();
}

/// <summary>A GitHub issue as webhook payloads show it.</summary>
public sealed class GitHubIssue
{
    /// <summary>The issue's id (not its number).</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The issue's number in its repository.</summary>
    [JsonPropertyName("number")]
    public long Number { get; set; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = "";

    /// <summary>The description, if any.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Why the issue is in its state, such as <c>completed</c> or <c>not_planned</c>.</summary>
    [JsonPropertyName("state_reason")]
    public string? StateReason { get; set; }

    /// <summary>The author.</summary>
    [JsonPropertyName("user")]
    public GitHubUser? User { get; set; }

    /// <summary>The issue's page on GitHub.</summary>
    [JsonPropertyName("html_url")]
    public string HtmlUrl { get; set; } = "";

    /// <summary>The labels.</summary>
    [JsonPropertyName("labels")]
    public List<GitHubLabel> Labels { get; set; } = [];

    /// <summary>The assignees.</summary>
    [JsonPropertyName("assignees")]
    public List<GitHubUser> Assignees { get; set; } = [];

    /// <summary>How many comments the issue has.</summary>
    [JsonPropertyName("comments")]
    public long Comments { get; set; }

    /// <summary>When the issue was opened.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the issue last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the issue was closed.</summary>
    [JsonPropertyName("closed_at")]
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
