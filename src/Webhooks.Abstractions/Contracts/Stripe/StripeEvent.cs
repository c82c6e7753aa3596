using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Webhooks;

/// <summary>
/// Any Stripe event, with <c>data.object</c> as JSON. Read it as a typed object with
/// <see cref="AsPaymentIntent"/> and its siblings, or <see cref="GetObject{T}"/> for your own type; or take
/// <see cref="StripeEvent{TObject}"/> in the handler when the event type fixes the object.
/// </summary>
[WebhookContract("stripe")]
public sealed class StripeEvent : StripeEventEnvelope
{
    /// <summary>The object the event is about, and for <c>*.updated</c> events what changed.</summary>
    [JsonPropertyName("data")]
    public StripeEventData Data { get; set; } = new();

    /// <summary>Deserializes <c>data.object</c> with compile-time metadata (no reflection).</summary>
    /// <returns>The object, or <c>null</c> if the event has no <c>data.object</c>.</returns>
    /// <exception cref="JsonException"><c>data.object</c> doesn't fit <typeparamref name="T"/>.</exception>
    public T? GetObject<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Data.Object.ValueKind == JsonValueKind.Undefined ? default : Data.Object.Deserialize(typeInfo);
    }

    /// <summary><c>data.object</c> as a payment intent, or <c>null</c> if it is another object.</summary>
    public StripePaymentIntent? AsPaymentIntent() => As("payment_intent", WebhookContractsJsonContext.Default.StripePaymentIntent);

    /// <summary><c>data.object</c> as a Checkout Session, or <c>null</c> if it is another object.</summary>
    public StripeCheckoutSession? AsCheckoutSession() => As("checkout.session", WebhookContractsJsonContext.Default.StripeCheckoutSession);

    /// <summary><c>data.object</c> as an invoice, or <c>null</c> if it is another object.</summary>
    public StripeInvoice? AsInvoice() => As("invoice", WebhookContractsJsonContext.Default.StripeInvoice);

    /// <summary><c>data.object</c> as a subscription, or <c>null</c> if it is another object.</summary>
    public StripeSubscription? AsSubscription() => As("subscription", WebhookContractsJsonContext.Default.StripeSubscription);

    /// <summary><c>data.object</c> as a customer, or <c>null</c> if it is another object.</summary>
    public StripeCustomer? AsCustomer() => As("customer", WebhookContractsJsonContext.Default.StripeCustomer);

    /// <summary><c>data.object</c> as a charge, or <c>null</c> if it is another object.</summary>
    public StripeCharge? AsCharge() => As("charge", WebhookContractsJsonContext.Default.StripeCharge);

    // The "object" member names the type, so a mismatch answers null instead of a half-empty object.
    private T? As<T>(string objectType, JsonTypeInfo<T> typeInfo)
        where T : class =>
        string.Equals(Data.ObjectType, objectType, StringComparison.Ordinal) ? GetObject(typeInfo) : null;
}

/// <summary>The <c>data</c> of a <see cref="StripeEvent"/>.</summary>
public sealed class StripeEventData
{
    /// <summary>The API resource the event is about, as it was when the event happened.</summary>
    [JsonPropertyName("object")]
    public JsonElement Object { get; set; }

    /// <summary>For <c>*.updated</c> events, the changed members with their values before the change.</summary>
    [JsonPropertyName("previous_attributes")]
    public JsonElement? PreviousAttributes { get; set; }

    /// <summary>The <c>object</c> member of <see cref="Object"/>, such as <c>invoice</c>; <c>null</c> if it has none.</summary>
    [JsonIgnore]
    public string? ObjectType =>
        Object.ValueKind == JsonValueKind.Object
        && Object.TryGetProperty("object", out var type)
        && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    /// <summary>Members of <c>data</c> that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
