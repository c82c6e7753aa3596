using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A GitHub repository as webhook payloads show it. Its timestamps are left to
/// <see cref="AdditionalProperties"/>: <c>push</c> sends <c>created_at</c> and <c>pushed_at</c> as Unix
/// seconds, other events as ISO 8601 strings.
/// </summary>
public sealed class GitHubRepository
{
    /// <summary>The repository's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The repository's name, such as <c>Hello-World</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The owner and name, such as <c>octocat/Hello-World</c>.</summary>
    [JsonPropertyName("full_name")]
    public string FullName { get; set; } = "";

    /// <summary>Whether the repository is private.</summary>
    [JsonPropertyName("private")]
    public bool Private { get; set; }

    /// <summary>The repository's page on GitHub.</summary>
    [JsonPropertyName("html_url")]
    public string? HtmlUrl { get; set; }

    /// <summary>The repository's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The default branch, such as <c>main</c>.</summary>
    [JsonPropertyName("default_branch")]
    public string DefaultBranch { get; set; } = "";

    /// <summary>Whether the repository is a fork.</summary>
    [JsonPropertyName("fork")]
    public bool Fork { get; set; }

    /// <summary><c>public</c>, <c>private</c> or <c>internal</c>.</summary>
    [JsonPropertyName("visibility")]
    public string? Visibility { get; set; }

    /// <summary>The account that owns the repository.</summary>
    [JsonPropertyName("owner")]
    public GitHubUser? Owner { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
