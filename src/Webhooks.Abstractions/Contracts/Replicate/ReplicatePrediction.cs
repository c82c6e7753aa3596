using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Replicate prediction: the body of every Replicate webhook, the same object the "get a prediction"
/// API returns. Dispatched on <see cref="Status"/>. Members this type doesn't name are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
[WebhookContract("replicate")]
public sealed class ReplicatePrediction
{
    /// <summary>The prediction's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The model, as <c>owner/name</c>; absent from older deliveries.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The id of the model version (<c>hidden</c> for some official models).</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The prediction's input, as the model defines it.</summary>
    [JsonPropertyName("input")]
    public JsonElement? Input { get; set; }

    /// <summary>The output so far, any JSON value the model produces; <c>null</c> until there is some.</summary>
    [JsonPropertyName("output")]
    public JsonElement? Output { get; set; }

    /// <summary><c>starting</c>, <c>processing</c>, <c>succeeded</c>, <c>failed</c> or <c>canceled</c>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>The error, when <see cref="Status"/> is <c>failed</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>The model's log output so far.</summary>
    [JsonPropertyName("logs")]
    public string? Logs { get; set; }

    /// <summary>Timings and counts; <c>predict_time</c> once the prediction has finished.</summary>
    [JsonPropertyName("metrics")]
    public ReplicatePredictionMetrics? Metrics { get; set; }

    /// <summary>When the prediction was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the model started; <c>null</c> while it is starting.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the prediction finished and its outputs were uploaded.</summary>
    [JsonPropertyName("completed_at")]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The API and web addresses of the prediction.</summary>
    [JsonPropertyName("urls")]
    public ReplicatePredictionUrls? Urls { get; set; }

    /// <summary>Whether the input and output have been deleted (Replicate deletes API data after an hour).</summary>
    [JsonPropertyName("data_removed")]
    public bool DataRemoved { get; set; }

    /// <summary>How the prediction was created: <c>api</c> or <c>web</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>The deployment that created the prediction, if any.</summary>
    [JsonPropertyName("deployment")]
    public string? Deployment { get; set; }

    /// <summary>Members of the prediction that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>metrics</c> of a <see cref="ReplicatePrediction"/>.</summary>
public sealed class ReplicatePredictionMetrics
{
    /// <summary>CPU or GPU time the prediction used, in seconds, without the wait to start.</summary>
    [JsonPropertyName("predict_time")]
    public double? PredictTime { get; set; }

    /// <summary>Wall-clock time from creation to completion, in seconds.</summary>
    [JsonPropertyName("total_time")]
    public double? TotalTime { get; set; }

    /// <summary>Other metrics, such as token counts of language models.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>urls</c> of a <see cref="ReplicatePrediction"/>.</summary>
public sealed class ReplicatePredictionUrls
{
    /// <summary>The API address that returns the prediction.</summary>
    [JsonPropertyName("get")]
    public string? Get { get; set; }

    /// <summary>The API address that cancels the prediction.</summary>
    [JsonPropertyName("cancel")]
    public string? Cancel { get; set; }

    /// <summary>The server-sent events address that streams the output, for models that stream.</summary>
    [JsonPropertyName("stream")]
    public string? Stream { get; set; }

    /// <summary>The prediction's page on replicate.com.</summary>
    [JsonPropertyName("web")]
    public string? Web { get; set; }

    /// <summary>Addresses that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
