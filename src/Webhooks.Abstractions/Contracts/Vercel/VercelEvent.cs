using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Webhooks;

/// <summary>
/// A Vercel webhook delivery: the envelope, with the event-specific <see cref="Payload"/> as JSON. Read the
/// payload of <c>deployment.*</c> events with <see cref="GetDeploymentPayload"/>, or any payload with
/// <see cref="GetPayload{T}"/> and your own type.
/// </summary>
[WebhookContract("vercel")]
public sealed class VercelEvent
{
    /// <summary>The delivery's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The event type, such as <c>deployment.succeeded</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>When the event was generated, in Unix milliseconds.</summary>
    [JsonPropertyName("createdAt")]
    public long CreatedAt { get; set; }

    /// <summary>The region the event happened in, if any.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>The event-specific payload.</summary>
    [JsonPropertyName("payload")]
    public JsonElement? Payload { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Deserializes <see cref="Payload"/> with compile-time metadata (no reflection).</summary>
    /// <returns>The payload, or <c>null</c> if there is none.</returns>
    /// <exception cref="JsonException">The payload doesn't fit <typeparamref name="T"/>.</exception>
    public T? GetPayload<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Payload is { } payload ? payload.Deserialize(typeInfo) : default;
    }

    /// <summary>The payload of a <c>deployment.*</c> event, or <c>null</c> for other events.</summary>
    /// <exception cref="JsonException">The payload doesn't fit <see cref="VercelDeploymentPayload"/>.</exception>
    public VercelDeploymentPayload? GetDeploymentPayload() =>
        Type.StartsWith("deployment.", StringComparison.Ordinal)
            ? GetPayload(WebhookContractsJsonContext.Default.VercelDeploymentPayload)
            : null;
}
