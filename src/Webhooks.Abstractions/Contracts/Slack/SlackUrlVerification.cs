using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Slack's handshake when a Request URL is saved: answer 200 with <see cref="Challenge"/> once the
/// signature checks out.
/// </summary>
[WebhookContract("slack", Events = ["url_verification"])]
public sealed class SlackUrlVerification
{
    /// <summary>The deprecated verification token; verify the signature instead.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>The value to send back.</summary>
    [JsonPropertyName("challenge")]
    public string Challenge { get; set; } = "";

    /// <summary>Always <c>url_verification</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "url_verification";

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
