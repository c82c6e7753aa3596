using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

// Deepgram's callback body: the response of the request that named the callback (for /v1/listen, the pre-recorded
// transcription response, https://developers.deepgram.com/reference/speech-to-text-api/listen).
/// <summary>A Deepgram callback: the result of the request that named the callback URL (the event <c>callback</c>).</summary>
[WebhookContract("deepgram")]
public sealed class DeepgramCallback
{
    /// <summary>About the request: its id, the audio, the models.</summary>
    [JsonPropertyName("metadata")]
    public DeepgramMetadata Metadata { get; set; } = new();

    /// <summary>The transcription, for speech-to-text callbacks; other products' results stay in <see cref="AdditionalProperties"/>.</summary>
    [JsonPropertyName("results")]
    public DeepgramResults? Results { get; set; }

    /// <summary>The error's code, when the request failed.</summary>
    [JsonPropertyName("err_code")]
    public string? ErrorCode { get; set; }

    /// <summary>The error's message, when the request failed.</summary>
    [JsonPropertyName("err_msg")]
    public string? ErrorMessage { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>metadata</c> of a <see cref="DeepgramCallback"/>.</summary>
public sealed class DeepgramMetadata
{
    /// <summary>The request's id, as returned when the job was sent; the same on retries.</summary>
    [JsonPropertyName("request_id")]
    public string RequestId { get; set; } = "";

    /// <summary>Deprecated by Deepgram; kept when sent.</summary>
    [JsonPropertyName("transaction_key")]
    public string? TransactionKey { get; set; }

    /// <summary>The SHA-256 of the audio.</summary>
    [JsonPropertyName("sha256")]
    public string? Sha256 { get; set; }

    /// <summary>When the request was made.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; set; }

    /// <summary>The audio's length, in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; set; }

    /// <summary>How many audio channels were transcribed.</summary>
    [JsonPropertyName("channels")]
    public int? Channels { get; set; }

    /// <summary>The models' ids.</summary>
    [JsonPropertyName("models")]
    public List<string>? Models { get; set; }

    /// <summary>The models by id: name, version, architecture.</summary>
    [JsonPropertyName("model_info")]
    public JsonElement? ModelInfo { get; set; }

    /// <summary>The <c>extra</c> values the request was sent with.</summary>
    [JsonPropertyName("extra")]
    public JsonElement? Extra { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The speech-to-text <c>results</c> of a <see cref="DeepgramCallback"/>.</summary>
public sealed class DeepgramResults
{
    /// <summary>One result per audio channel.</summary>
    [JsonPropertyName("channels")]
    public List<DeepgramChannel> Channels { get; set; } = [];

    /// <summary>The utterances, when asked for.</summary>
    [JsonPropertyName("utterances")]
    public JsonElement? Utterances { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One audio channel's results.</summary>
public sealed class DeepgramChannel
{
    /// <summary>The transcripts, best first.</summary>
    [JsonPropertyName("alternatives")]
    public List<DeepgramAlternative> Alternatives { get; set; } = [];

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One transcript of a channel.</summary>
public sealed class DeepgramAlternative
{
    /// <summary>The transcript.</summary>
    [JsonPropertyName("transcript")]
    public string Transcript { get; set; } = "";

    /// <summary>How sure the model is, from 0 to 1.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; set; }

    /// <summary>The words, with their times.</summary>
    [JsonPropertyName("words")]
    public List<DeepgramWord>? Words { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A word of a transcript.</summary>
public sealed class DeepgramWord
{
    /// <summary>The word.</summary>
    [JsonPropertyName("word")]
    public string Word { get; set; } = "";

    /// <summary>Where it starts, in seconds.</summary>
    [JsonPropertyName("start")]
    public double Start { get; set; }

    /// <summary>Where it ends, in seconds.</summary>
    [JsonPropertyName("end")]
    public double End { get; set; }

    /// <summary>How sure the model is, from 0 to 1.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; set; }

    /// <summary>The word as punctuated, when asked for.</summary>
    [JsonPropertyName("punctuated_word")]
    public string? PunctuatedWord { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
