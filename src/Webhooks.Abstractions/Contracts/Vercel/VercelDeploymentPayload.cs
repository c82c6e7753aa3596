using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>The payload of Vercel's <c>deployment.*</c> events (<see cref="VercelEvent.GetDeploymentPayload"/>).</summary>
public sealed class VercelDeploymentPayload
{
    /// <summary>The team the event belongs to; its id is <c>null</c> for a personal account.</summary>
    [JsonPropertyName("team")]
    public VercelResourceReference? Team { get; set; }

    /// <summary>The user who caused the event.</summary>
    [JsonPropertyName("user")]
    public VercelResourceReference? User { get; set; }

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public VercelResourceReference? Project { get; set; }

    /// <summary>The deployment.</summary>
    [JsonPropertyName("deployment")]
    public VercelDeployment? Deployment { get; set; }

    /// <summary>Dashboard pages of the deployment and the project.</summary>
    [JsonPropertyName("links")]
    public VercelDeploymentLinks? Links { get; set; }

    /// <summary><c>production</c>, <c>staging</c>, or <c>null</c> for a preview.</summary>
    [JsonPropertyName("target")]
    public string? Target { get; set; }

    /// <summary>The plan of the account that owns the deployment.</summary>
    [JsonPropertyName("plan")]
    public string? Plan { get; set; }

    /// <summary>The regions the deployment runs in.</summary>
    [JsonPropertyName("regions")]
    public List<string>? Regions { get; set; }

    /// <summary>Members that this type doesn't name, such as <c>alias</c>.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Vercel team, user or project named by its id.</summary>
public sealed class VercelResourceReference
{
    /// <summary>The id, if any.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>deployment</c> of a <see cref="VercelDeploymentPayload"/>.</summary>
public sealed class VercelDeployment
{
    /// <summary>The deployment's id (<c>dpl_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The deployment's host name, without a scheme, such as <c>my-app-abc123.vercel.app</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The project name used in the deployment's host name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The deployment's metadata, such as <c>githubCommitSha</c>.</summary>
    [JsonPropertyName("meta")]
    public Dictionary<string, string>? Meta { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>links</c> of a <see cref="VercelDeploymentPayload"/>.</summary>
public sealed class VercelDeploymentLinks
{
    /// <summary>The dashboard page that inspects the deployment.</summary>
    [JsonPropertyName("deployment")]
    public string? Deployment { get; set; }

    /// <summary>The dashboard page of the project.</summary>
    [JsonPropertyName("project")]
    public string? Project { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
