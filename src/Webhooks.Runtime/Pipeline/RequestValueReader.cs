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
    /// <param name="wellFormedJson">The body was already read through as JSON without an exception (see <see cref="JsonValueReader.ReadString"/>).</param>
    public static string? Read(ValueSource source, HttpRequest request, ReadOnlySpan<byte> body, bool wellFormedJson = false) => source.Kind switch
    {
        ValueSourceKind.Header => request.Headers[source.Name] is { Count: > 0 } value && !StringValues.IsNullOrEmpty(value)
            ? value.ToString()
            : null,
        ValueSourceKind.JsonPath => JsonValueReader.ReadString(body, source.Name, wellFormedJson),
        _ => FormBody.ReadField(body, source.Name),
    };

    /// <summary>The first non-empty value of <paramref name="sources"/>, or <c>null</c> when none is present.</summary>
    public static string? ReadFirst(ValueSource[] sources, HttpRequest request, ReadOnlySpan<byte> body, bool wellFormedJson = false)
    {
        foreach (var source in sources)
        {
            if (Read(source, request, body, wellFormedJson) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
