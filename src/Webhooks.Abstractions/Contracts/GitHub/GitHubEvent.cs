using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Any GitHub webhook delivery: the members most events share. Take it for an event without a typed
/// contract; the rest of the payload is kept in <see cref="AdditionalProperties"/>. The event name is in
/// the <c>X-GitHub-Event</c> header, not in the body.
/// </summary>
[WebhookContract("github")]
public class GitHubEvent
{
    /// <summary>What happened, such as <c>opened</c> or <c>closed</c>; <c>null</c> for events without actions, such as <c>push</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>The user or app that triggered the event.</summary>
    [JsonPropertyName("sender")]
    public GitHubUser? Sender { get; set; }

    /// <summary>The repository the event happened in, for repository events.</summary>
    [JsonPropertyName("repository")]
    public GitHubRepository? Repository { get; set; }

    /// <summary>The GitHub App installation, when the webhook belongs to an app.</summary>
    [JsonPropertyName("installation")]
    public GitHubInstallation? Installation { get; set; }

    /// <summary>The organization, for events in an organization's repositories or the organization itself.</summary>
    [JsonPropertyName("organization")]
    public GitHubOrganization? Organization { get; set; }

    /// <summary>Members of the payload that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
