using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>Cursor's <c>statusChange</c> webhook: a cloud agent reached <c>FINISHED</c> or <c>ERROR</c>.</summary>
[WebhookContract("cursor")]
public sealed class CursorStatusChange
{
    /// <summary>The event, <c>statusChange</c>.</summary>
    [JsonPropertyName("event")]
    public string Event { get; set; } = "";

    /// <summary>When the status changed.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The agent's id, such as <c>bc_abc123</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The agent's status: <c>FINISHED</c> or <c>ERROR</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The repository and ref the agent worked on.</summary>
    [JsonPropertyName("source")]
    public CursorAgentSource? Source { get; set; }

    /// <summary>Where the agent's work is: its page, branch and pull request.</summary>
    [JsonPropertyName("target")]
    public CursorAgentTarget? Target { get; set; }

    /// <summary>A summary of what the agent did.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>source</c> of a <see cref="CursorStatusChange"/>.</summary>
public sealed class CursorAgentSource
{
    /// <summary>The repository's URL.</summary>
    [JsonPropertyName("repository")]
    public string? Repository { get; set; }

    /// <summary>The branch or ref, such as <c>main</c>.</summary>
    [JsonPropertyName("ref")]
    public string? Ref { get; set; }
}

/// <summary>The <c>target</c> of a <see cref="CursorStatusChange"/>.</summary>
public sealed class CursorAgentTarget
{
    /// <summary>The agent's page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The branch the agent pushed to.</summary>
    [JsonPropertyName("branchName")]
    public string? BranchName { get; set; }

    /// <summary>The pull request the agent opened, if any.</summary>
    [JsonPropertyName("prUrl")]
    public string? PrUrl { get; set; }
}
