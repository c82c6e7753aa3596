using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Slack Events API delivery (<c>"type": "event_callback"</c>): the envelope around one inner
/// <see cref="Event"/>, on whose type the library dispatches. Members this type doesn't name are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
[WebhookContract("slack")]
public sealed class SlackEventCallback
{
    /// <summary>The deprecated verification token; verify the signature instead.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>The workspace the event happened in.</summary>
    [JsonPropertyName("team_id")]
    public string TeamId { get; set; } = "";

    /// <summary>The app the event is for.</summary>
    [JsonPropertyName("api_app_id")]
    public string ApiAppId { get; set; } = "";

    /// <summary>The event itself.</summary>
    [JsonPropertyName("event")]
    public SlackEvent Event { get; set; } = new();

    /// <summary>The envelope type: <c>event_callback</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>The event's id, unique across workspaces; the same on Slack's retries.</summary>
    [JsonPropertyName("event_id")]
    public string EventId { get; set; } = "";

    /// <summary>When the event was dispatched, in Unix seconds.</summary>
    [JsonPropertyName("event_time")]
    public long EventTime { get; set; }

    /// <summary>An id for the event's context, to look up other installations that can see it.</summary>
    [JsonPropertyName("event_context")]
    public string? EventContext { get; set; }

    /// <summary>One installation the event is visible to (Slack sends at most one here).</summary>
    [JsonPropertyName("authorizations")]
    public List<SlackAuthorization>? Authorizations { get; set; }

    /// <summary>Whether the event happened in a channel shared with another organization.</summary>
    [JsonPropertyName("is_ext_shared_channel")]
    public bool? IsExtSharedChannel { get; set; }

    /// <summary>Members of the envelope that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An installation of the app that can see a <see cref="SlackEventCallback"/>.</summary>
public sealed class SlackAuthorization
{
    /// <summary>The Enterprise Grid organization, if any.</summary>
    [JsonPropertyName("enterprise_id")]
    public string? EnterpriseId { get; set; }

    /// <summary>The workspace; <c>null</c> for an organization-wide installation.</summary>
    [JsonPropertyName("team_id")]
    public string? TeamId { get; set; }

    /// <summary>The user or bot user the installation acts as.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Whether <see cref="UserId"/> is a bot user.</summary>
    [JsonPropertyName("is_bot")]
    public bool IsBot { get; set; }

    /// <summary>Whether the app is installed organization-wide.</summary>
    [JsonPropertyName("is_enterprise_install")]
    public bool IsEnterpriseInstall { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
