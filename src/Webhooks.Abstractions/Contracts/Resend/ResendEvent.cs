using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Resend webhook: <see cref="Type"/>, <see cref="CreatedAt"/> and the email, contact or domain in
/// <see cref="Data"/>; <see cref="GetEmail"/> reads the email of an <c>email.*</c> event.
/// </summary>
[WebhookContract("resend")]
public sealed class ResendEvent
{
    /// <summary>The event type, such as <c>email.delivered</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The email, contact or domain the event is about.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The email in <see cref="Data"/>, or <c>null</c> if it isn't an object.</summary>
    /// <exception cref="JsonException">The data doesn't fit <see cref="ResendEmail"/>.</exception>
    public ResendEmail? GetEmail() =>
        Data is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(WebhookContractsJsonContext.Default.ResendEmail) : null;
}

/// <summary>The email of a Resend <c>email.*</c> event.</summary>
public sealed class ResendEmail
{
    /// <summary>The email's id.</summary>
    [JsonPropertyName("email_id")]
    public string EmailId { get; set; } = "";

    /// <summary>When the email was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The sender, such as <c>Acme &lt;onboarding@example.com&gt;</c>.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>The recipients.</summary>
    [JsonPropertyName("to")]
    public List<string>? To { get; set; }

    /// <summary>The subject.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The broadcast the email belongs to, if any.</summary>
    [JsonPropertyName("broadcast_id")]
    public string? BroadcastId { get; set; }

    /// <summary>Why the email bounced, for <c>email.bounced</c>: its <c>message</c>, <c>subType</c> and <c>type</c>.</summary>
    [JsonPropertyName("bounce")]
    public JsonElement? Bounce { get; set; }

    /// <summary>The click, for <c>email.clicked</c>: <c>ipAddress</c>, <c>link</c>, <c>timestamp</c>, <c>userAgent</c>.</summary>
    [JsonPropertyName("click")]
    public JsonElement? Click { get; set; }

    /// <summary>Why sending failed, for <c>email.failed</c>: its <c>reason</c>.</summary>
    [JsonPropertyName("failed")]
    public JsonElement? Failed { get; set; }

    /// <summary>Members that this type doesn't name (<c>tags</c>, <c>template_id</c>, …).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
