using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Webhooks.Verification;

/// <summary>
/// The URL Twilio signed: the one it was configured with, which is the URL as the sender saw it, not
/// necessarily as this app sees it behind a proxy.
/// </summary>
internal static class TwilioRequestUrl
{
    /// <summary>
    /// The URL as the sender saw it: the configured public base URL wins; else, when trusted, the
    /// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> headers; else the request's own scheme and host.
    /// The path and query are the request's, as received.
    /// </summary>
    public static string AsSeenBySender(HttpRequest request, string? publicBaseUrl, bool trustForwardedHeaders)
    {
        var target = Target(request);
        if (!string.IsNullOrEmpty(publicBaseUrl))
        {
            return publicBaseUrl.TrimEnd('/') + target;
        }

        var scheme = request.Scheme;
        var host = request.Host.Value ?? "";
        if (trustForwardedHeaders)
        {
            scheme = FirstListValue(SignatureInput.Header(request.Headers, "X-Forwarded-Proto"), scheme);
            host = FirstListValue(SignatureInput.Header(request.Headers, "X-Forwarded-Host"), host);
        }

        return scheme + "://" + host + target;
    }

    /// <summary>
    /// The URL without its port and with it (the default port when none is written), because Twilio's own
    /// validators accept either: which of the two Twilio signs has varied.
    /// </summary>
    public static (string WithoutPort, string WithPort) PortVariants(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return (url, url);
        }

        var hostStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url.AsSpan(hostStart, authorityEnd - hostStart);
        var colon = authority.LastIndexOf(':');
        if (colon >= 0 && colon > authority.LastIndexOf(']'))
        {
            return (url.Remove(hostStart + colon, authority.Length - colon), url);
        }

        var scheme = url.AsSpan(0, schemeEnd);
        var defaultPort = scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? ":443"
            : scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ? ":80"
            : "";
        return (url, url.Insert(authorityEnd, defaultPort));
    }

    // The path and query exactly as received when the server gives them, else rebuilt from the request.
    private static string Target(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return raw is { Length: > 0 } && raw[0] == '/'
            ? raw
            : request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    // Proxies append to X-Forwarded-*: the first entry is the one the client sent to the outermost proxy.
    private static string FirstListValue(string value, string fallback)
    {
        var first = value.AsSpan();
        var comma = first.IndexOf(',');
        first = (comma >= 0 ? first[..comma] : first).Trim();
        return first.IsEmpty ? fallback : first.ToString();
    }
}
