using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A GitHub <c>ping</c>: sent once when a webhook is created, to check the endpoint.</summary>
[WebhookContract("github", Events = ["ping"])]
public sealed class GitHubPingEvent : GitHubEvent
{
    /// <summary>A random line of GitHub zen.</summary>
    [JsonPropertyName("zen")]
    public string Zen { get; set; } = "";

    /// <summary>The id of the webhook that was pinged.</summary>
    [JsonPropertyName("hook_id")]
    public long HookId { get; set; }

    /// <summary>The webhook's configuration.</summary>
    [JsonPropertyName("hook")]
    public GitHubHook? Hook { get; set; }
}

/// <summary>The <c>hook</c> of a <see cref="GitHubPingEvent"/>.</summary>
public sealed class GitHubHook
{
    /// <summary>The webhook's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary><c>Repository</c>, <c>Organization</c> or <c>App</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Always <c>web</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Whether the webhook is active.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>The events the webhook subscribes to; <c>*</c> for all.</summary>
    [JsonPropertyName("events")]
    public List<string> Events { get; set; } = [];

    /// <summary>The GitHub App's id, when the ping is for a newly registered app.</summary>
    [JsonPropertyName("app_id")]
    public long? AppId { get; set; }

    /// <summary>Where and how the webhook delivers.</summary>
    [JsonPropertyName("config")]
    public GitHubHookConfig? Config { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>config</c> of a <see cref="GitHubHook"/>. <c>insecure_ssl</c> is left to <see cref="AdditionalProperties"/>: GitHub sends it as a string or a number.</summary>
public sealed class GitHubHookConfig
{
    /// <summary>The address deliveries go to.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary><c>json</c> or <c>form</c>.</summary>
    [JsonPropertyName("content_type")]
    public string? ContentType { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
