namespace Webhooks.Generator.Model;

/// <summary>System.Text.Json's <c>JsonIgnoreCondition</c>, as <c>[JsonIgnore]</c> sets it.</summary>
internal enum JsonIgnoreCondition
{
    Never = 0,
    Always = 1,
    WhenWritingDefault = 2,
    WhenWritingNull = 3,
    WhenWriting = 4,
    WhenReading = 5,
}
