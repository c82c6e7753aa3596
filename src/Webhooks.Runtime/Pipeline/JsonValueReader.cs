using System.Text;
using System.Text.Json;

namespace Webhooks.Pipeline;

/// <summary>
/// Finds a string member by a dotted path (<c>type</c>, <c>event.type</c>) in a JSON body with one forward pass of
/// <see cref="Utf8JsonReader"/>, before anything is deserialized; a top-level member is first looked for among the
/// last members (<see cref="JsonTailReader"/>) and the first (<see cref="JsonHeadReader"/>). It stops at the first
/// match: the rest of the body is checked by the deserialization that follows, or by <see cref="CheckWellFormed"/> when nothing deserializes it, so a 1 KB body is
/// not read through twice.
/// </summary>
internal static class JsonValueReader
{
    private const int StackSegments = 16;
    private const int MaxScannedName = 64;
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// The string at <paramref name="path"/> (the first one; for a top-level member found from the end, the last), or
    /// <c>null</c> when there is none (then the whole body has been read). Throws <see cref="JsonException"/> for
    /// malformed JSON that the read crosses before the match, or for a body that is not UTF-8.
    /// </summary>
    /// <param name="json">The body.</param>
    /// <param name="path">The member's dotted path.</param>
    /// <param name="utf8Checked">The caller has checked that the whole body is valid UTF-8.</param>
    /// <param name="known">Strings to return instead of allocating a new one when the value is one of them.</param>
    public static string? ReadString(ReadOnlySpan<byte> json, string path, bool utf8Checked = false, KnownStrings? known = null)
    {
        if (!Find(json, path, utf8Checked, out var value, out var escaped))
        {
            return null;
        }

        return escaped ? Unescape(json, value) : known?.Find(json[value]) ?? Encoding.UTF8.GetString(json[value]);
    }

    /// <summary>
    /// Like <see cref="ReadString"/>, but the value stays in <paramref name="json"/> (no string is allocated) unless it
    /// has escapes; the empty key when there is none.
    /// </summary>
    public static WebhookDeliveryKey ReadKey(ReadOnlyMemory<byte> json, string path, bool utf8Checked = false)
    {
        if (!Find(json.Span, path, utf8Checked, out var value, out var escaped))
        {
            return default;
        }

        return escaped ? Unescape(json.Span, value) : WebhookDeliveryKey.FromUtf8(json[value]);
    }

    // Where the value's bytes lie between its quotes. A top-level member is looked for among the last members first
    // (Stripe's type is last), then among the first (OpenAI's type, Stripe's id); otherwise, and when neither can tell,
    // one forward pass of the reader that stops at the first match.
    private static bool Find(ReadOnlySpan<byte> json, string path, bool utf8Checked, out Range value, out bool escaped)
    {
        if (!utf8Checked)
        {
            CheckUtf8(json);
        }

        Span<byte> name = stackalloc byte[MaxScannedName];
        if (!path.Contains('.') && Encoding.UTF8.TryGetBytes(path, name, out var length)
            && (JsonTailReader.TryFind(json, name[..length], out value, out escaped)
                || JsonHeadReader.TryFind(json, name[..length], out value, out escaped)))
        {
            return true;
        }

        return Seek(json, path, out value, out escaped);
    }

    private static bool Seek(ReadOnlySpan<byte> json, string path, out Range value, out bool escaped)
    {
        // The path's segments as ranges, on the stack for any realistic path (no string[] per request).
        var count = path.AsSpan().Count('.') + 1;
        Span<Range> segments = count <= StackSegments ? stackalloc Range[StackSegments] : new Range[count];
        path.AsSpan().Split(segments, '.');

        var reader = new Utf8JsonReader(json, Options);
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
                            json.Overlaps(reader.ValueSpan, out var offset);
                            value = offset..(offset + reader.ValueSpan.Length);
                            escaped = reader.ValueIsEscaped;
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

        value = default;
        escaped = false;
        return false;
    }

    // The escaped string between these quotes, unescaped (and its escapes checked) by the reader itself.
    private static string Unescape(ReadOnlySpan<byte> json, Range value)
    {
        var (start, length) = value.GetOffsetAndLength(json.Length);
        var reader = new Utf8JsonReader(json.Slice(start - 1, length + 2), Options);
        reader.Read();
        return reader.GetString()!;
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
