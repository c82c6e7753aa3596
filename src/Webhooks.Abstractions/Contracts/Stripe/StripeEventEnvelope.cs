using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// The members every Stripe event has, whatever its <c>data.object</c>: the base of <see cref="StripeEvent"/>
/// (<c>data.object</c> as JSON) and <see cref="StripeEvent{TObject}"/> (<c>data.object</c> typed).
/// </summary>
public abstract class StripeEventEnvelope
{
    /// <summary>The event's unique id (<c>evt_…</c>); Stripe may deliver one event more than once.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The object type; always <c>event</c>.</summary>
    [JsonPropertyName("object")]
    public string Object { get; set; } = "event";

    /// <summary>The API version <c>data</c> is rendered in; <c>null</c> for events before October 2014.</summary>
    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; set; }

    /// <summary>When the event was created, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long Created { get; set; }

    /// <summary>Whether the event happened in live mode (<c>false</c> in test mode).</summary>
    [JsonPropertyName("livemode")]
    public bool Livemode { get; set; }

    /// <summary>How many of the account's webhook endpoints haven't yet answered 2xx for this event.</summary>
    [JsonPropertyName("pending_webhooks")]
    public long PendingWebhooks { get; set; }

    /// <summary>The API request that caused the event, if any.</summary>
    [JsonPropertyName("request")]
    public StripeEventRequest? Request { get; set; }

    /// <summary>The event type, such as <c>payment_intent.succeeded</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>The connected account the event came from (Connect only).</summary>
    [JsonPropertyName("account")]
    public string? Account { get; set; }

    /// <summary>Members of the event that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>request</c> of a Stripe event: the API request that caused it.</summary>
public sealed class StripeEventRequest
{
    /// <summary>The request's id (<c>req_…</c>); <c>null</c> when Stripe acted on its own, such as a subscription renewal.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The idempotency key the request carried, if any.</summary>
    [JsonPropertyName("idempotency_key")]
    public string? IdempotencyKey { get; set; }
}
