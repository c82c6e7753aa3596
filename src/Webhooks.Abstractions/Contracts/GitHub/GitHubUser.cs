using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A GitHub account as webhook payloads show it: a user, a bot or an organization.</summary>
public sealed class GitHubUser
{
    /// <summary>The account's login, such as <c>octocat</c> or <c>dependabot[bot]</c>.</summary>
    [JsonPropertyName("login")]
    public string Login { get; set; } = "";

    /// <summary>The account's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary><c>User</c>, <c>Bot</c> or <c>Organization</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The account's page on GitHub.</summary>
    [JsonPropertyName("html_url")]
    public string? HtmlUrl { get; set; }

    /// <summary>The account's avatar image.</summary>
    [JsonPropertyName("avatar_url")]
    public string? AvatarUrl { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
