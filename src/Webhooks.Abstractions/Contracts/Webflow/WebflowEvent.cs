using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>What every Webflow webhook carries: the trigger that sent it.</summary>
public abstract class WebflowEventEnvelope
{
    /// <summary>The trigger type, such as <c>form_submission</c>.</summary>
    [JsonPropertyName("triggerType")]
    public string TriggerType { get; set; } = "";

    /// <summary>Members of the webhook that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Webflow webhook of any trigger, its <c>payload</c> kept as JSON.</summary>
[WebhookContract("webflow")]
public sealed class WebflowEvent : WebflowEventEnvelope
{
    /// <summary>What triggered the webhook; its shape depends on <see cref="WebflowEventEnvelope.TriggerType"/>.</summary>
    [JsonPropertyName("payload")]
    public JsonElement Payload { get; set; }
}

/// <summary>
/// A Webflow webhook whose <c>payload</c> is read as <typeparamref name="TPayload"/>, such as
/// <c>WebflowEvent&lt;WebflowFormSubmission&gt;</c> for <c>form_submission</c>.
/// </summary>
/// <typeparam name="TPayload">The type of <c>payload</c>.</typeparam>
[WebhookContract("webflow")]
public sealed class WebflowEvent<TPayload> : WebflowEventEnvelope
    where TPayload : class, new()
{
    private TPayload _payload = new();

    /// <summary>What triggered the webhook.</summary>
    /// <exception cref="JsonException">Set to <c>null</c> (a JSON <c>null</c> <c>payload</c>).</exception>
    [JsonPropertyName("payload")]
    public TPayload Payload
    {
        get => _payload;

        // System.Text.Json can't enforce a type parameter's nullability; a JsonException makes the pipeline answer 400.
        set => _payload = value ?? throw new JsonException("A Webflow webhook's payload is null.");
    }
}
