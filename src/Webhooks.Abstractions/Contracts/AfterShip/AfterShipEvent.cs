using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>An AfterShip Tracking webhook: the event and the tracking it is about, in <see cref="Msg"/>.</summary>
[WebhookContract("aftership")]
public sealed class AfterShipEvent
{
    /// <summary>When the event was sent, in Unix seconds.</summary>
    [JsonPropertyName("ts")]
    public long Ts { get; set; }

    /// <summary>The event, such as <c>tracking_update</c>.</summary>
    [JsonPropertyName("event")]
    public string Event { get; set; } = "";

    /// <summary>The event's unique id (a UUID).</summary>
    [JsonPropertyName("event_id")]
    public string EventId { get; set; } = "";

    /// <summary>Whether this is the tracking's first status.</summary>
    [JsonPropertyName("is_tracking_first_tag")]
    public bool? IsTrackingFirstTag { get; set; }

    /// <summary>The tracking.</summary>
    [JsonPropertyName("msg")]
    public AfterShipTracking? Msg { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The tracking in an <see cref="AfterShipEvent"/>; members this type doesn't name are kept as JSON.</summary>
public sealed class AfterShipTracking
{
    /// <summary>AfterShip's id of the tracking.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The carrier's tracking number.</summary>
    [JsonPropertyName("tracking_number")]
    public string? TrackingNumber { get; set; }

    /// <summary>The carrier, such as <c>ups</c>.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; set; }

    /// <summary>The status, such as <c>InTransit</c> or <c>Delivered</c>.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The detailed status, such as <c>InTransit_001</c>.</summary>
    [JsonPropertyName("subtag")]
    public string? Subtag { get; set; }

    /// <summary>The detailed status in words.</summary>
    [JsonPropertyName("subtag_message")]
    public string? SubtagMessage { get; set; }

    /// <summary>The tracking's title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The shop's order id.</summary>
    [JsonPropertyName("order_id")]
    public string? OrderId { get; set; }

    /// <summary>When the tracking last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
