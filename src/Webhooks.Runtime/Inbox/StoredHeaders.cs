using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Webhooks.Inbox;

/// <summary>
/// The request headers kept with a queued delivery, for its handler: <c>name:value</c> lines in UTF-8 (HTTP allows no
/// line break in a header), credentials left out.
/// </summary>
internal static class StoredHeaders
{
    // Never stored: they authenticate the sender to this app (or another), and a handler has no use for them.
    private static readonly string[] Credentials = ["Authorization", "Proxy-Authorization", "Cookie"];

    public static byte[] Encode(IHeaderDictionary headers)
    {
        var text = new StringBuilder();
        foreach (var (name, values) in headers)
        {
            if (Array.Exists(Credentials, c => c.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var value in values)
            {
                text.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static HeaderDictionary Decode(ReadOnlySpan<byte> encoded)
    {
        var headers = new HeaderDictionary();
        foreach (var line in Encoding.UTF8.GetString(encoded).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon];
                headers[name] = StringValues.Concat(headers[name], line[(colon + 1)..]);
            }
        }

        return headers;
    }
}
