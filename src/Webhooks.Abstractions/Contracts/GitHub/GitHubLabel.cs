using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A label on a GitHub issue or pull request.</summary>
public sealed class GitHubLabel
{
    /// <summary>The label's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The label's name, such as <c>bug</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The label's color as six hex digits, without <c>#</c>.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }

    /// <summary>The label's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
