namespace Webhooks.Cli.Verifying;

/// <summary>
/// A captured request's headers as <c>Name: value</c> lines, as <c>curl -D</c> writes them: a first line such as
/// <c>POST /webhooks/twilio?… HTTP/1.1</c> or <c>HTTP/1.1 200 OK</c> is skipped (the request line is kept, for Twilio's
/// URL), blank lines end a block, and an indented line continues the one before.
/// </summary>
internal sealed class HeaderFile
{
    private HeaderFile(List<KeyValuePair<string, string>> headers, string? target)
    {
        Headers = headers;
        RequestTarget = target;
    }

    public List<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The path and query of a request line, when the file starts with one.</summary>
    public string? RequestTarget { get; }

    public static HeaderFile Parse(string text, string source)
    {
        var headers = new List<KeyValuePair<string, string>>();
        string? target = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                continue;
            }

            if (RequestLine(line) is { } requestTarget)
            {
                target = requestTarget;
                continue;
            }

            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(c => char.IsWhiteSpace(c)))
            {
                throw new CliUsageException($"{source}, line {number}: not a 'Name: value' header line ('{(line.Length > 60 ? line[..60] + "…" : line)}').");
            }

            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        return new HeaderFile(headers, target);
    }

    // "POST /webhooks/twilio?bodySHA256=… HTTP/1.1" → "/webhooks/twilio?bodySHA256=…"
    private static string? RequestLine(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[2].StartsWith("HTTP/", StringComparison.Ordinal) && parts[0].All(char.IsAsciiLetterUpper)
            ? parts[1]
            : null;
    }
}
