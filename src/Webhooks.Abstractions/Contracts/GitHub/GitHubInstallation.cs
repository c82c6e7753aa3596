using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The GitHub App installation a delivery belongs to; its id is what an app exchanges for a token.</summary>
public sealed class GitHubInstallation
{
    /// <summary>The installation's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The installation's GraphQL node id.</summary>
    [JsonPropertyName("node_id")]
    public string? NodeId { get; set; }

    /// <summary>Members that this type doesn't name (the <c>installation</c> event sends the whole installation).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A GitHub organization as webhook payloads show it.</summary>
public sealed class GitHubOrganization
{
    /// <summary>The organization's login.</summary>
    [JsonPropertyName("login")]
    public string Login { get; set; } = "";

    /// <summary>The organization's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The organization's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
