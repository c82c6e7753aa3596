using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// Source-generated System.Text.Json metadata for the built-in payload contracts, so that handlers
/// deserialize without reflection (and publish with Native AOT).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OpenAIEvent))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class WebhookContractsJsonContext : JsonSerializerContext;
