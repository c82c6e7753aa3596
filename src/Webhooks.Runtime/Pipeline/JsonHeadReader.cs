namespace Webhooks.Pipeline;

/// <summary>
/// Finds a top-level member among the first members of a JSON object by scanning forwards from its opening brace
/// over string, number and literal members only. OpenAI puts an event's <c>type</c> fourth, before its <c>data</c>
/// object, and Stripe its <c>id</c> first: a <see cref="System.Text.Json.Utf8JsonReader"/> pass to them cost more
/// than the scan (see docs/performance.md).
/// </summary>
/// <remarks>
/// It gives up (<c>false</c>) at the first object or array value, at a member name with escapes, at the closing brace
/// and at any malformation in what it reads; <see cref="JsonValueReader"/> then reads forwards with the reader. On
/// well-formed JSON it finds what the reader finds: the first member of that name. What it skips is checked later by
/// the payload's deserialization, as after the reader, which stops at its match too.
/// </remarks>
internal static class JsonHeadReader
{
    /// <summary>The string value of the top-level member <paramref name="name"/> (UTF-8), as the bytes between its quotes.</summary>
    /// <param name="json">The body.</param>
    /// <param name="name">The member's name in UTF-8.</param>
    /// <param name="value">Where the value's bytes lie in <paramref name="json"/>, still escaped.</param>
    /// <param name="escaped">The value has escapes to undo.</param>
    public static bool TryFind(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, out Range value, out bool escaped)
    {
        value = default;
        escaped = false;
        var i = SkipWhitespace(json, 0);
        if (i >= json.Length || json[i] != '{')
        {
            return false;
        }

        i = SkipWhitespace(json, i + 1);
        while (i < json.Length && json[i] == '"')
        {
            // The member's name, then the colon.
            var nameEnd = ClosingQuote(json, i, out var nameEscaped);
            if (nameEnd < 0 || nameEscaped)
            {
                return false; // an escaped name might spell this one: the reader decides
            }

            var matches = json[(i + 1)..nameEnd].SequenceEqual(name);
            i = SkipWhitespace(json, nameEnd + 1);
            if (i >= json.Length || json[i] != ':')
            {
                return false;
            }

            // The member's value: a string, or a number or literal. An object or array ends the search.
            i = SkipWhitespace(json, i + 1);
            if (i >= json.Length)
            {
                return false;
            }

            if (json[i] == '"')
            {
                var valueEnd = ClosingQuote(json, i, out var valueEscaped);
                if (valueEnd < 0)
                {
                    return false;
                }

                if (matches)
                {
                    var content = json[(i + 1)..valueEnd];
                    if (content.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
                    {
                        return false; // a raw control character: not JSON
                    }

                    value = (i + 1)..valueEnd;
                    escaped = valueEscaped;
                    return true;
                }

                i = valueEnd + 1;
            }
            else if (!matches && JsonTailReader.IsScalarByte(json[i]))
            {
                while (i < json.Length && JsonTailReader.IsScalarByte(json[i]))
                {
                    i++;
                }
            }
            else
            {
                return false; // an object or array, or the member is not a string: the reader decides
            }

            // The comma before the next member; the closing brace means every member was read and none matched.
            i = SkipWhitespace(json, i);
            if (i >= json.Length || json[i] != ',')
            {
                return false;
            }

            i = SkipWhitespace(json, i + 1);
        }

        return false;
    }

    // The closing quote of the string whose opening quote is at `opening`, skipping escaped characters; -1 when the
    // body ends first.
    private static int ClosingQuote(ReadOnlySpan<byte> json, int opening, out bool escaped)
    {
        escaped = false;
        var i = opening + 1;
        while (true)
        {
            var next = json[i..].IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (json[i] == '"')
            {
                return i;
            }

            escaped = true;
            i += 2; // the backslash and the character it escapes (a \u escape's hex digits are neither quote nor backslash)
            if (i >= json.Length)
            {
                return -1;
            }
        }
    }

    // The first non-whitespace index at or after `i`, or the length.
    private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i;
    }
}
