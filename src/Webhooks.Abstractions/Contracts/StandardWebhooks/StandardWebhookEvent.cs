using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The payload shape the Standard Webhooks specification recommends (<c>type</c>, <c>timestamp</c>,
/// <c>data</c>). The shape is a recommendation, not a rule: a sender may put the data at the top level,
/// where it lands in <see cref="AdditionalProperties"/>.
/// </summary>
[WebhookContract("standard-webhooks")]
public sealed class StandardWebhookEvent
{
    /// <summary>The full-stop delimited event type, such as <c>user.created</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>When the event happened (not when it was delivered; that is the <c>webhook-timestamp</c> header).</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The event's data, shaped by <see cref="Type"/>.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Members of the payload that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
