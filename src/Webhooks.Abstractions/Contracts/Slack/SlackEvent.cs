using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The inner event of a <see cref="SlackEventCallback"/>, such as <c>message</c> or <c>app_mention</c>: the
/// members most events share; the rest is kept in <see cref="AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// <c>user</c> and <c>channel</c> are an id in most events but a whole object in some (<c>team_join</c>,
/// <c>user_change</c>, <c>channel_created</c>), so they are JSON; <see cref="UserId"/> and
/// <see cref="ChannelId"/> read the id from either shape.
/// </remarks>
public sealed class SlackEvent
{
    /// <summary>The event type, such as <c>message</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>The message subtype, such as <c>bot_message</c> or <c>message_changed</c>.</summary>
    [JsonPropertyName("subtype")]
    public string? Subtype { get; set; }

    /// <summary>The user: an id, or a user object in user events.</summary>
    [JsonPropertyName("user")]
    public JsonElement? User { get; set; }

    /// <summary>The channel: an id, or a channel object in channel events.</summary>
    [JsonPropertyName("channel")]
    public JsonElement? Channel { get; set; }

    /// <summary>The user's id, from <see cref="User"/> whichever shape it has.</summary>
    [JsonIgnore]
    public string? UserId => IdOf(User);

    /// <summary>The channel's id, from <see cref="Channel"/> whichever shape it has.</summary>
    [JsonIgnore]
    public string? ChannelId => IdOf(Channel);

    /// <summary>The message text, in Slack's markup.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The message's timestamp, which is also its id in the channel, such as <c>1355517523.000005</c>.</summary>
    [JsonPropertyName("ts")]
    public string? Ts { get; set; }

    /// <summary>When the event was dispatched, as a Slack timestamp string.</summary>
    [JsonPropertyName("event_ts")]
    public string? EventTs { get; set; }

    /// <summary>The parent message's <c>ts</c>, for a reply in a thread.</summary>
    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; set; }

    /// <summary><c>channel</c>, <c>group</c>, <c>im</c> or <c>mpim</c>, for message events.</summary>
    [JsonPropertyName("channel_type")]
    public string? ChannelType { get; set; }

    /// <summary>The bot's id, for messages a bot posted.</summary>
    [JsonPropertyName("bot_id")]
    public string? BotId { get; set; }

    /// <summary>Members of the event that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    private static string? IdOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } id => id.GetString(),
        { ValueKind: JsonValueKind.Object } obj when obj.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
        _ => null,
    };
}
