using System.Net;
using System.Text;

namespace Webhooks.Pipeline;

/// <summary>Reads fields of an <c>application/x-www-form-urlencoded</c> body (Twilio's callbacks).</summary>
internal static class FormValueReader
{
    /// <summary>The first value of <paramref name="name"/>, decoded, or <c>null</c> when absent.</summary>
    public static string? ReadField(ReadOnlySpan<byte> body, string name)
    {
        var text = Encoding.UTF8.GetString(body).AsSpan();
        foreach (var range in text.Split('&'))
        {
            var pair = text[range];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (Decode(key) == name)
            {
                return equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    private static string Decode(ReadOnlySpan<char> encoded) => WebUtility.UrlDecode(encoded.ToString());
}
