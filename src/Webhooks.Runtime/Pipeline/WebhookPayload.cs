using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Webhooks.Infrastructure;

/// <summary>Deserializes a verified delivery's payload for the generated dispatch. Generated code calls this; applications don't.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhookPayload
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Deserializes the raw body with compile-time metadata. A body that doesn't fit throws
    /// <see cref="WebhookPayloadException"/>, which the pipeline answers with 400.
    /// </summary>
    public static T Deserialize<T>(WebhookContext context, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(context.RawBody.Span, typeInfo)
                ?? throw new WebhookPayloadException($"The {context.Provider} '{context.EventType}' payload is JSON null.");
        }
        catch (JsonException exception)
        {
            throw new WebhookPayloadException(
                $"The {context.Provider} '{context.EventType}' payload does not fit {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Before a handler that doesn't deserialize the payload: checks the rest of a JSON body that the pipeline read only
    /// as far as its event type (deserializing checks it anyway). A malformed body throws
    /// <see cref="WebhookPayloadException"/>, which the pipeline answers with 400; any other body passes untouched.
    /// </summary>
    public static void EnsureWellFormed(WebhookContext context)
    {
        if (!context.JsonPartlyRead)
        {
            return;
        }

        try
        {
            Pipeline.JsonValueReader.CheckWellFormed(context.RawBody.Span, utf8Checked: true);
        }
        catch (JsonException exception)
        {
            throw new WebhookPayloadException($"The {context.Provider} '{context.EventType}' body is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The raw body as text, for a handler that takes it as <see cref="string"/>. A body that is not valid
    /// UTF-8 throws <see cref="WebhookPayloadException"/>, which the pipeline answers with 400.
    /// </summary>
    public static string Text(WebhookContext context)
    {
        try
        {
            return StrictUtf8.GetString(context.RawBody.Span);
        }
        catch (DecoderFallbackException exception)
        {
            throw new WebhookPayloadException($"The {context.Provider} '{context.EventType}' body is not valid UTF-8.", exception);
        }
    }
}
