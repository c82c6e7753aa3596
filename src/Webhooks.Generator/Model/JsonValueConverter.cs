namespace Webhooks.Generator.Model;

/// <summary>A converter System.Text.Json has built in: <c>JsonMetadataServices.{Name}Converter</c>.</summary>
internal enum JsonValueConverter
{
    Boolean,
    Byte,
    SByte,
    Char,
    Int16,
    Int32,
    Int64,
    UInt16,
    UInt32,
    UInt64,
    Single,
    Double,
    Decimal,
    String,
    DateTime,
    Object,

    /// <summary><c>byte[]</c>, read as base64.</summary>
    ByteArray,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Version,
    Int128,
    UInt128,
    Half,
    MemoryByte,
    ReadOnlyMemoryByte,
    JsonElement,
    JsonDocument,
    JsonNode,
    JsonObject,
    JsonArray,
    JsonValue,
}
