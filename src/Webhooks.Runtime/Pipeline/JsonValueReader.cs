using System.Text.Json;

namespace Webhooks.Pipeline;

/// <summary>
/// Finds a string member by a dotted path (<c>type</c>, <c>event.type</c>) in a JSON body with one forward
/// pass of <see cref="Utf8JsonReader"/>, before anything is deserialized. The whole document is read, so a
/// malformed body is always rejected, even when the member comes first.
/// </summary>
internal static class JsonValueReader
{
    private const int StackSegments = 16;

    /// <summary>The string at <paramref name="path"/>, or <c>null</c> when absent or not a string. Throws <see cref="JsonException"/> for malformed JSON.</summary>
    /// <param name="json">The body.</param>
    /// <param name="path">The member's dotted path.</param>
    /// <param name="wellFormed">
    /// The caller has already read this same body through once without an exception (it is valid UTF-8 and
    /// well-formed JSON), so the reader may stop at the first match instead of reading to the end.
    /// </param>
    public static string? ReadString(ReadOnlySpan<byte> json, string path, bool wellFormed = false)
    {
        // Utf8JsonReader does not validate the UTF-8 inside strings: GetString would throw InvalidOperationException
        // (a 500, so endless retries) and other strings would pass unchecked.
        if (!wellFormed && !System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new JsonException("The body is not valid UTF-8.");
        }

        // The path's segments as ranges, on the stack for any realistic path (no string[] per request).
        var count = path.AsSpan().Count('.') + 1;
        Span<Range> segments = count <= StackSegments ? stackalloc Range[StackSegments] : new Range[count];
        path.AsSpan().Split(segments, '.');

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        string? found = null;
        var matched = 0; // how many leading segments name the objects the reader is inside

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                // A member of the innermost matched object sits one level below it (top-level members at depth 1).
                case JsonTokenType.PropertyName when found is null
                    && reader.CurrentDepth == matched + 1
                    && reader.ValueTextEquals(path.AsSpan()[segments[matched]]):
                    reader.Read();
                    if (matched == count - 1)
                    {
                        found = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        if (wellFormed && found is not null)
                        {
                            return found; // the first string match wins either way; the rest was checked already
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        matched++;
                    }

                    break;

                case JsonTokenType.EndObject when matched > 0 && reader.CurrentDepth == matched:
                    matched--;
                    break;
            }
        }

        return found;
    }
}
