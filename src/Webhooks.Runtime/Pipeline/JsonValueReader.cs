using System.Text.Json;

namespace Webhooks.Pipeline;

/// <summary>
/// Finds a string member by a dotted path (<c>type</c>, <c>event.type</c>) in a JSON body with one forward pass of
/// <see cref="Utf8JsonReader"/>, before anything is deserialized. It stops at the first match: the rest of the body is
/// checked by the deserialization that follows, or by <see cref="CheckWellFormed"/> when nothing deserializes it, so a
/// 1 KB body is not read through twice.
/// </summary>
internal static class JsonValueReader
{
    private const int StackSegments = 16;
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// The first string at <paramref name="path"/>, or <c>null</c> when there is none (then the whole body has been read).
    /// Throws <see cref="JsonException"/> for malformed JSON before the match, or for a body that is not UTF-8.
    /// </summary>
    /// <param name="json">The body.</param>
    /// <param name="path">The member's dotted path.</param>
    /// <param name="utf8Checked">The caller has checked that the whole body is valid UTF-8.</param>
    /// <param name="known">Strings to return instead of allocating a new one when the value is one of them.</param>
    public static string? ReadString(ReadOnlySpan<byte> json, string path, bool utf8Checked = false, KnownStrings? known = null)
    {
        if (!Seek(json, path, utf8Checked, out var reader))
        {
            return null;
        }

        return known is not null && !reader.ValueIsEscaped && known.Find(reader.ValueSpan) is { } same ? same : reader.GetString();
    }

    /// <summary>
    /// Like <see cref="ReadString"/>, but the value stays in <paramref name="json"/> (no string is allocated) unless it
    /// has escapes; the empty key when there is none.
    /// </summary>
    public static WebhookDeliveryKey ReadKey(ReadOnlyMemory<byte> json, string path, bool utf8Checked = false)
    {
        if (!Seek(json.Span, path, utf8Checked, out var reader))
        {
            return default;
        }

        if (reader.ValueIsEscaped)
        {
            return reader.GetString();
        }

        json.Span.Overlaps(reader.ValueSpan, out var offset);
        return WebhookDeliveryKey.FromUtf8(json.Slice(offset, reader.ValueSpan.Length));
    }

    // Leaves the reader on the first string at the path.
    private static bool Seek(ReadOnlySpan<byte> json, string path, bool utf8Checked, out Utf8JsonReader reader)
    {
        if (!utf8Checked)
        {
            CheckUtf8(json);
        }

        // The path's segments as ranges, on the stack for any realistic path (no string[] per request).
        var count = path.AsSpan().Count('.') + 1;
        Span<Range> segments = count <= StackSegments ? stackalloc Range[StackSegments] : new Range[count];
        path.AsSpan().Split(segments, '.');

        reader = new Utf8JsonReader(json, Options);
        var matched = 0; // how many leading segments name the objects the reader is inside
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                // A member of the innermost matched object sits one level below it (top-level members at depth 1).
                case JsonTokenType.PropertyName when reader.CurrentDepth == matched + 1
                    && reader.ValueTextEquals(path.AsSpan()[segments[matched]]):
                    reader.Read();
                    if (matched == count - 1)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            return true;
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

        return false;
    }

    /// <summary>Reads the whole body; throws <see cref="JsonException"/> unless it is one well-formed JSON value in UTF-8.</summary>
    public static void CheckWellFormed(ReadOnlySpan<byte> json, bool utf8Checked = false)
    {
        if (!utf8Checked)
        {
            CheckUtf8(json);
        }

        var reader = new Utf8JsonReader(json, Options);
        while (reader.Read())
        {
        }
    }

    // Utf8JsonReader does not validate the UTF-8 inside strings: GetString would throw InvalidOperationException
    // (a 500, so endless retries) and other strings would pass unchecked.
    private static void CheckUtf8(ReadOnlySpan<byte> json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new JsonException("The body is not valid UTF-8.");
        }
    }
}
