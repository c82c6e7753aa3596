using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// One event of a SendGrid Event Webhook delivery. A delivery is a JSON array of these, of any types at once, dispatched
/// as the event type <c>batch</c>: take <c>SendGridEvent[]</c> and switch on <see cref="Event"/>. Members follow the
/// "Event Webhook Reference"; those an event type doesn't carry are <c>null</c>, and custom arguments (unique args)
/// land in <see cref="AdditionalProperties"/>.
/// </summary>
[WebhookContract("sendgrid")]
public sealed class SendGridEvent
{
    /// <summary>The event type: <c>processed</c>, <c>delivered</c>, <c>bounce</c>, <c>open</c>, <c>click</c>, …</summary>
    [JsonPropertyName("event")]
    public string Event { get; set; } = "";

    /// <summary>The event's unique id: deduplicate on it (a delivery has no id of its own).</summary>
    [JsonPropertyName("sg_event_id")]
    public string? SgEventId { get; set; }

    /// <summary>The id of the message the event is about.</summary>
    [JsonPropertyName("sg_message_id")]
    public string? SgMessageId { get; set; }

    /// <summary>The recipient's address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>When the event happened, in unix seconds.</summary>
    [JsonPropertyName("timestamp")]
    public long Timestamp { get; set; }

    /// <summary>The SMTP id of the message.</summary>
    [JsonPropertyName("smtp-id")]
    public string? SmtpId { get; set; }

    /// <summary>The message's categories: a string or an array of strings, as the sender set them.</summary>
    [JsonPropertyName("category")]
    public JsonElement? Category { get; set; }

    /// <summary>For <c>bounce</c>: <c>bounce</c> or <c>blocked</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>For <c>bounce</c>, <c>dropped</c>, <c>deferred</c>: why.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>For <c>bounce</c>: the SMTP status code, such as <c>5.0.0</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>For <c>delivered</c> and <c>deferred</c>: the receiving server's answer.</summary>
    [JsonPropertyName("response")]
    public string? Response { get; set; }

    /// <summary>For <c>deferred</c>: the number of delivery attempts so far.</summary>
    [JsonPropertyName("attempt")]
    public string? Attempt { get; set; }

    /// <summary>For <c>click</c>: the link that was clicked.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>For <c>open</c> and <c>click</c>: the recipient's user agent.</summary>
    [JsonPropertyName("useragent")]
    public string? UserAgent { get; set; }

    /// <summary>For <c>open</c>, <c>click</c> and others: the IP address the event came from.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }

    /// <summary>For <c>open</c>: whether Apple Mail Privacy Protection or similar opened it automatically.</summary>
    [JsonPropertyName("sg_machine_open")]
    public bool? SgMachineOpen { get; set; }

    /// <summary>For group unsubscribes and resubscribes: the unsubscribe group.</summary>
    [JsonPropertyName("asm_group_id")]
    public long? AsmGroupId { get; set; }

    /// <summary>Members this type doesn't name, custom arguments included.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
