using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Webhooks;

/// <summary>
/// Reads <c>application/x-www-form-urlencoded</c> bodies the same way wherever they are read: for handlers
/// (<see cref="WebhookContextExtensions.FormFields"/>) and, through InternalsVisibleTo, for the runtime's Twilio signature
/// and form-field event types.
/// </summary>
internal static class FormBody
{
    /// <summary>
    /// A reader over the body without FormReader's own limits (1,024 fields, 2 KiB names): they would throw on an
    /// unauthenticated request, a 500, and the pipeline's body size limit already bounds the form.
    /// </summary>
    public static FormReader Reader(ReadOnlySpan<byte> body) => new(Encoding.UTF8.GetString(body))
    {
        ValueCountLimit = int.MaxValue,
        KeyLengthLimit = int.MaxValue,
        ValueLengthLimit = int.MaxValue,
    };

    /// <summary>The first value of the field <paramref name="name"/>, decoded, or <c>null</c> when absent.</summary>
    public static string? ReadField(ReadOnlySpan<byte> body, string name)
    {
        var reader = Reader(body);
        while (reader.ReadNextPair() is { } pair)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
