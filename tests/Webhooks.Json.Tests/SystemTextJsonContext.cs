using System.Text.Json.Serialization;
using Webhooks.Json.Tests.Corpus;

namespace Webhooks.Json.Tests;

/// <summary>
/// The same corpus described by System.Text.Json's own source generator: the reference the generated metadata is
/// compared with. Options (naming policy, nullable annotations, enum converter) are given at run time, the same for both.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(Envelope))]
[JsonSerializable(typeof(RequiredMembers))]
[JsonSerializable(typeof(DerivedEvent))]
[JsonSerializable(typeof(Oblivious))]
[JsonSerializable(typeof(List<Line>))]
[JsonSerializable(typeof(Line[]))]
[JsonSerializable(typeof(Dictionary<string, Line>))]
[JsonSerializable(typeof(Page<Order>))]
[JsonSerializable(typeof(Point))]
internal sealed partial class SystemTextJsonContext : JsonSerializerContext;
