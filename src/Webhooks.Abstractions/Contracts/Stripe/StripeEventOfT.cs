using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Stripe event whose <c>data.object</c> is deserialized as <typeparamref name="TObject"/>, such as
/// <c>StripeEvent&lt;StripeInvoice&gt;</c> for <c>invoice.paid</c>. The built-in closed types
/// (<see cref="StripePaymentIntent"/>, <see cref="StripeCheckoutSession"/>, <see cref="StripeInvoice"/>,
/// <see cref="StripeSubscription"/>, <see cref="StripeCustomer"/>, <see cref="StripeCharge"/>) carry
/// compile-time metadata.
/// </summary>
/// <typeparam name="TObject">The type of <c>data.object</c>.</typeparam>
[WebhookContract("stripe")]
public sealed class StripeEvent<TObject> : StripeEventEnvelope
    where TObject : class, new()
{
    /// <summary>The object the event is about, and for <c>*.updated</c> events what changed.</summary>
    [JsonPropertyName("data")]
    public StripeEventData<TObject> Data { get; set; } = new();
}

/// <summary>The <c>data</c> of a <see cref="StripeEvent{TObject}"/>.</summary>
/// <typeparam name="TObject">The type of <c>data.object</c>.</typeparam>
public sealed class StripeEventData<TObject>
    where TObject : class, new()
{
    private TObject _object = new();

    /// <summary>The API resource the event is about, as it was when the event happened.</summary>
    /// <exception cref="JsonException">Set to <c>null</c> (a JSON <c>null</c> <c>data.object</c>).</exception>
    [JsonPropertyName("object")]
    public TObject Object
    {
        get => _object;

        // System.Text.Json can't enforce a type parameter's nullability, so the setter does; a JsonException
        // makes the pipeline answer 400 like any other payload that doesn't fit.
        set => _object = value ?? throw new JsonException("A Stripe event's data.object is null.");
    }

    /// <summary>For <c>*.updated</c> events, the changed members with their values before the change.</summary>
    [JsonPropertyName("previous_attributes")]
    public JsonElement? PreviousAttributes { get; set; }

    /// <summary>Members of <c>data</c> that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
