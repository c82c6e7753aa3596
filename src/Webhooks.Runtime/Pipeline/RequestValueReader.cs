using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Webhooks.Providers;

namespace Webhooks.Pipeline;

/// <summary>Reads a provider's event type or idempotency key from where its <see cref="ValueSource"/> says.</summary>
internal static class RequestValueReader
{
    /// <summary>The value, or <c>null</c> when absent. Throws <see cref="System.Text.Json.JsonException"/> for a malformed JSON body.</summary>
    /// <param name="source">Where the value lives.</param>
    /// <param name="request">The request, for headers.</param>
    /// <param name="body">The body.</param>
    /// <param name="utf8Checked">The whole body is known to be valid UTF-8.</param>
    /// <param name="known">Strings to return instead of a new one when a JSON value is one of them.</param>
    public static string? Read(ValueSource source, HttpRequest request, ReadOnlySpan<byte> body, bool utf8Checked = false, KnownStrings? known = null) => source.Kind switch
    {
        ValueSourceKind.Header => request.Headers[source.Name] is { Count: > 0 } value && !StringValues.IsNullOrEmpty(value)
            ? value.ToString()
            : null,
        ValueSourceKind.JsonPath => JsonValueReader.ReadString(body, source.Name, utf8Checked, known),
        ValueSourceKind.Constant => source.Name,
        _ => FormBody.ReadField(body, source.Name),
    };

    /// <summary>The first non-empty value of <paramref name="sources"/>, or <c>null</c> when none is present.</summary>
    public static string? ReadFirst(IReadOnlyList<ValueSource> sources, HttpRequest request, ReadOnlySpan<byte> body, bool utf8Checked = false, KnownStrings? known = null)
    {
        // Indexed, not foreach: an interface's enumerator would allocate per delivery.
        for (var i = 0; i < sources.Count; i++)
        {
            if (Read(sources[i], request, body, utf8Checked, known) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The first non-empty idempotency key of <paramref name="sources"/>, or the empty key when none is present. A key in
    /// a JSON body is not copied out of it.
    /// </summary>
    public static WebhookDeliveryKey ReadKey(IReadOnlyList<ValueSource> sources, HttpRequest request, ReadOnlyMemory<byte> body, bool utf8Checked = false)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var key = source.Kind == ValueSourceKind.JsonPath
                ? JsonValueReader.ReadKey(body, source.Name, utf8Checked)
                : Read(source, request, body.Span, utf8Checked);
            if (!key.IsEmpty)
            {
                return key;
            }
        }

        return default;
    }
}
