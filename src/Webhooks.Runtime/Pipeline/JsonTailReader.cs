namespace Webhooks.Pipeline;

/// <summary>
/// Finds a top-level member among the last members of a JSON object by reading the body backwards from its closing
/// brace. Stripe puts an event's <c>type</c> last, after the whole <c>data</c> object, where a forward read only
/// arrives after crossing the entire body (1.5 µs of a 1.6 KB event).
/// </summary>
/// <remarks>
/// It reads only string, number and literal members, and gives up (<c>false</c>) at the first object or array value
/// and at any malformation in what it reads; <see cref="JsonValueReader"/> then reads
/// forwards. On well-formed JSON it finds what the forward read finds, unless the object has the same member twice
/// (then it finds the last, which is also what deserialization keeps). What it doesn't read is checked later by the
/// payload's deserialization, as after the forward read, which stops at its match.
/// </remarks>
internal static class JsonTailReader
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
        var i = SkipWhitespace(json, json.Length - 1);
        if (i < 0 || json[i] != '}')
        {
            return false;
        }

        i = SkipWhitespace(json, i - 1);
        while (i > 0)
        {
            // The member's value: a string, or a number or literal. An object or array ends the search.
            var valueEnd = i;
            int valueStart;
            var isString = json[i] == '"';
            if (isString)
            {
                valueStart = OpeningQuote(json, i);
                if (valueStart < 0)
                {
                    return false;
                }
            }
            else if (IsScalarByte(json[i]))
            {
                valueStart = i;
                while (valueStart > 0 && IsScalarByte(json[valueStart - 1]))
                {
                    valueStart--;
                }
            }
            else
            {
                return false;
            }

            // The colon, then the member's name.
            i = SkipWhitespace(json, valueStart - 1);
            if (i < 0 || json[i] != ':')
            {
                return false;
            }

            var nameEnd = SkipWhitespace(json, i - 1);
            if (nameEnd < 0 || json[nameEnd] != '"')
            {
                return false;
            }

            var nameStart = OpeningQuote(json, nameEnd);
            if (nameStart < 0)
            {
                return false;
            }

            if (json[(nameStart + 1)..nameEnd].SequenceEqual(name))
            {
                if (!isString)
                {
                    return false; // not a string: the forward read decides
                }

                var content = json[(valueStart + 1)..valueEnd];
                if (content.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
                {
                    return false; // a raw control character: not JSON
                }

                value = (valueStart + 1)..valueEnd;
                escaped = content.Contains((byte)'\\');
                return true;
            }

            // The comma before this member; the opening brace means every member was read and none matched.
            i = SkipWhitespace(json, nameStart - 1);
            if (i < 0 || json[i] != ',')
            {
                return false;
            }

            i = SkipWhitespace(json, i - 1);
        }

        return false;
    }

    // The opening quote of the string whose closing quote is at `closing`: the first quote before it not escaped by an
    // odd run of backslashes (inside a well-formed string, every quote is). -1 when there is none.
    private static int OpeningQuote(ReadOnlySpan<byte> json, int closing)
    {
        var i = closing;
        while (true)
        {
            i = json[..i].LastIndexOf((byte)'"');
            if (i < 0)
            {
                return -1;
            }

            var backslashes = 0;
            while (i - backslashes > 0 && json[i - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return i;
            }
        }
    }

    /// <summary>The bytes a number or a literal (true, false, null) is made of.</summary>
    internal static bool IsScalarByte(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'z') or (byte)'-' or (byte)'+' or (byte)'.' or (byte)'E';

    // The last non-whitespace index at or before `i`, or -1.
    private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i >= 0 && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i--;
        }

        return i;
    }
}
