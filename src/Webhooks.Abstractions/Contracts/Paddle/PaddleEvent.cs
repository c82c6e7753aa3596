using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>What every Paddle Billing notification carries: the event's id and type, when it happened, and the notification's id.</summary>
public abstract class PaddleEventEnvelope
{
    /// <summary>The event's id (<c>evt_…</c>); the same on retries and replays.</summary>
    [JsonPropertyName("event_id")]
    public string EventId { get; set; } = "";

    /// <summary>The event type, such as <c>transaction.completed</c>.</summary>
    [JsonPropertyName("event_type")]
    public string EventType { get; set; } = "";

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("occurred_at")]
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>This notification's id (<c>ntf_…</c>); a replay is a new notification.</summary>
    [JsonPropertyName("notification_id")]
    public string? NotificationId { get; set; }

    /// <summary>Members of the notification that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Paddle Billing notification of any event, its <c>data</c> kept as JSON.</summary>
[WebhookContract("paddle")]
public sealed class PaddleEvent : PaddleEventEnvelope
{
    /// <summary>The entity the event is about, as it is after the event.</summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; set; }
}

/// <summary>
/// A Paddle Billing notification whose <c>data</c> is read as <typeparamref name="TData"/>, such as
/// <c>PaddleEvent&lt;PaddleTransaction&gt;</c> for <c>transaction.completed</c>.
/// </summary>
/// <typeparam name="TData">The type of <c>data</c>.</typeparam>
[WebhookContract("paddle")]
public sealed class PaddleEvent<TData> : PaddleEventEnvelope
    where TData : class, new()
{
    private TData _data = new();

    /// <summary>The entity the event is about, as it is after the event.</summary>
    /// <exception cref="JsonException">Set to <c>null</c> (a JSON <c>null</c> <c>data</c>).</exception>
    [JsonPropertyName("data")]
    public TData Data
    {
        get => _data;

        // System.Text.Json can't enforce a type parameter's nullability; a JsonException makes the pipeline answer 400.
        set => _data = value ?? throw new JsonException("A Paddle notification's data is null.");
    }
}
