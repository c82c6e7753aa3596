using System.Text;

namespace Webhooks.Cli.Signing;

/// <summary>A <c>curl</c> command line that posts a signed request exactly as it was signed.</summary>
internal static class CurlCommand
{
    /// <summary>The command, one option a line; the body from <paramref name="bodyFile"/> when given, else inline.</summary>
    public static string For(string url, IReadOnlyList<KeyValuePair<string, string>> headers, string body, string? bodyFile)
    {
        var text = new StringBuilder("curl -sS -X POST ").Append(Quote(url));
        foreach (var (name, value) in headers)
        {
            text.Append(" \\\n  -H ").Append(Quote(name + ": " + value));
        }

        text.Append(" \\\n  --data-binary ").Append(bodyFile is null ? Quote(body) : Quote("@" + bodyFile));
        return text.ToString();
    }

    // POSIX shell single quotes: everything literal, and a ' written as '\''.
    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
