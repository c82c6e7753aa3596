using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// An OpenAI webhook event, such as <c>batch.completed</c> or <c>response.completed</c>. Members this type
/// doesn't name are kept in <see cref="AdditionalProperties"/>.
/// </summary>
[WebhookContract("openai")]
public sealed class OpenAIEvent
{
    /// <summary>The event's unique id (<c>evt_…</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>event</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "event";

    /// <summary>When the event was created, in Unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; set; }

    /// <summary>The event type, such as <c>batch.completed</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>The object the event is about.</summary>
    [JsonPropertyName("data")]
    public OpenAIEventData Data { get; set; } = new();

    /// <summary>Members of the event that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>data</c> member of an <see cref="OpenAIEvent"/>: the id of the object the event is about.</summary>
public sealed class OpenAIEventData
{
    /// <summary>The id of the batch, response, fine-tuning job, eval run or call.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>Members of <c>data</c> that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
