using Microsoft.Extensions.Primitives;

namespace Webhooks;

/// <summary>Provider-specific views of a <see cref="WebhookContext"/>.</summary>
public static class WebhookContextExtensions
{
    /// <summary>Hookdeck's delivery details, when the delivery came through Hookdeck; otherwise <c>null</c>.</summary>
    public static HookdeckDelivery? Hookdeck(this WebhookContext context) => HookdeckDelivery.From(context.Headers);

    /// <summary>
    /// The fields of a form-encoded body (Twilio's callbacks), decoded. A field sent more than once keeps
    /// its values in order.
    /// </summary>
    public static IReadOnlyDictionary<string, StringValues> FormFields(this WebhookContext context) =>
        FormBody.Reader(context.RawBody.Span).ReadForm();
}
