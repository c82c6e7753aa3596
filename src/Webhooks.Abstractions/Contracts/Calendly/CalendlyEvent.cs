using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>What every Calendly webhook carries: its event type, when it was made and the subscription's creator.</summary>
public abstract class CalendlyEventEnvelope
{
    /// <summary>The event type (the body's <c>event</c>), such as <c>invitee.created</c>.</summary>
    [JsonPropertyName("event")]
    public string EventType { get; set; } = "";

    /// <summary>When the event was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The URI of the user who created the webhook subscription.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>Members of the webhook that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Calendly webhook of any event, its <c>payload</c> kept as JSON.</summary>
[WebhookContract("calendly")]
public sealed class CalendlyEvent : CalendlyEventEnvelope
{
    /// <summary>The resource the event is about; its shape depends on <see cref="CalendlyEventEnvelope.EventType"/>.</summary>
    [JsonPropertyName("payload")]
    public JsonElement Payload { get; set; }
}

/// <summary>
/// A Calendly webhook whose <c>payload</c> is read as <typeparamref name="TPayload"/>, such as
/// <c>CalendlyEvent&lt;CalendlyInvitee&gt;</c> for <c>invitee.created</c>.
/// </summary>
/// <typeparam name="TPayload">The type of <c>payload</c>.</typeparam>
[WebhookContract("calendly")]
public sealed class CalendlyEvent<TPayload> : CalendlyEventEnvelope
    where TPayload : class, new()
{
    private TPayload _payload = new();

    /// <summary>The resource the event is about.</summary>
    /// <exception cref="JsonException">Set to <c>null</c> (a JSON <c>null</c> <c>payload</c>).</exception>
    [JsonPropertyName("payload")]
    public TPayload Payload
    {
        get => _payload;

        // System.Text.Json can't enforce a type parameter's nullability; a JsonException makes the pipeline answer 400.
        set => _payload = value ?? throw new JsonException("A Calendly webhook's payload is null.");
    }
}
