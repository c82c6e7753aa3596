using System.Net;
using System.Text;

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
    public static IReadOnlyDictionary<string, string[]> FormFields(this WebhookContext context)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(context.RawBody.Span);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : WebUtility.UrlDecode(pair[(equals + 1)..]);
            if (!fields.TryGetValue(name, out var values))
            {
                fields[name] = values = [];
            }

            values.Add(value);
        }

        return fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }
}
