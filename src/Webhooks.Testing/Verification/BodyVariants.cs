namespace Webhooks.Testing.Verification;

/// <summary>
/// Bodies a captured file often differs by from the one that was signed: a line ending added or lost when it was
/// saved, or line endings converted.
/// </summary>
internal static class BodyVariants
{
    public static IEnumerable<(byte[] Body, string Difference)> Of(byte[] body)
    {
        if (body.AsSpan().EndsWith("\r\n"u8))
        {
            yield return (body[..^2], "without its trailing line ending (\\r\\n)");
        }
        else if (body.AsSpan().EndsWith("\n"u8))
        {
            yield return (body[..^1], "without its trailing newline");
        }
        else
        {
            yield return ([.. body, (byte)'\n'], "with a trailing newline");
        }

        if (body.AsSpan().IndexOf("\r\n"u8) >= 0)
        {
            yield return (Replace(body, "\r\n"u8, "\n"u8), "with its \\r\\n line endings as \\n");
        }
        else if (body.AsSpan().IndexOf((byte)'\n') >= 0)
        {
            yield return (Replace(body, "\n"u8, "\r\n"u8), "with its \\n line endings as \\r\\n");
        }
    }

    private static byte[] Replace(byte[] body, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        var result = new List<byte>(body.Length + 16);
        var rest = body.AsSpan();
        int index;
        while ((index = rest.IndexOf(from)) >= 0)
        {
            result.AddRange(rest[..index]);
            result.AddRange(to);
            rest = rest[(index + from.Length)..];
        }

        result.AddRange(rest);
        return [.. result];
    }
}
