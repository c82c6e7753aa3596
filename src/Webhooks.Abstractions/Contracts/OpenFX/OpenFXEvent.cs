using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// An OpenFX webhook delivery. OpenFX publishes little about its payloads (two event types,
/// <c>deposits</c> and <c>withdrawals</c>), so this contract keeps <see cref="Data"/> as JSON;
/// <see cref="GetTransfers"/> reads the deposits or withdrawals those two events carry.
/// </summary>
[WebhookContract("openfx")]
public sealed class OpenFXEvent
{
    /// <summary>The event's unique id; the same on retries.</summary>
    [JsonPropertyName("eventId")]
    public string EventId { get; set; } = "";

    /// <summary>The event type, such as <c>deposits</c> or <c>withdrawals</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>A human-readable summary, such as <c>Completed Deposits</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The event's records: for <c>deposits</c> and <c>withdrawals</c>, an array of transfers.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The deposits or withdrawals in <see cref="Data"/>, or <c>null</c> if it isn't an array.</summary>
    /// <exception cref="JsonException">A record doesn't fit <see cref="OpenFXTransfer"/>.</exception>
    public List<OpenFXTransfer>? GetTransfers() =>
        Data is { ValueKind: JsonValueKind.Array } data
            ? data.Deserialize(WebhookContractsJsonContext.Default.ListOpenFXTransfer)
            : null;
}

/// <summary>A deposit or withdrawal in the <c>data</c> of an <see cref="OpenFXEvent"/>.</summary>
public sealed class OpenFXTransfer
{
    /// <summary>The transfer's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The organization's id.</summary>
    [JsonPropertyName("orgId")]
    public string? OrgId { get; set; }

    /// <summary>The amount.</summary>
    [JsonPropertyName("amount")]
    public decimal Amount { get; set; }

    /// <summary>The currency, such as <c>USD</c> or <c>USDT</c>.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "";

    /// <summary>The status, such as <c>COMPLETED</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The network, such as <c>FIAT</c> or <c>ETHEREUM</c>.</summary>
    [JsonPropertyName("network")]
    public string? Network { get; set; }

    /// <summary>The transfer's reference, if any.</summary>
    [JsonPropertyName("referenceId")]
    public string? ReferenceId { get; set; }

    /// <summary>Comments, if any.</summary>
    [JsonPropertyName("comments")]
    public string? Comments { get; set; }

    /// <summary>The on-chain transaction hash, for stablecoin transfers.</summary>
    [JsonPropertyName("transactionHash")]
    public string? TransactionHash { get; set; }

    /// <summary>Who started a withdrawal.</summary>
    [JsonPropertyName("actorEmail")]
    public string? ActorEmail { get; set; }

    /// <summary>When the transfer completed.</summary>
    [JsonPropertyName("completedAt")]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Members that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
