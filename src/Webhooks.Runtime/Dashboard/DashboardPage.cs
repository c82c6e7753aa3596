using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Dashboard;

/// <summary>
/// The dashboard's one page: index.html with dashboard.css and dashboard.js inlined (so that it loads in one request
/// wherever the app mounts it), built once from the assembly's embedded resources and served from memory with an
/// ETag, and a Content-Security-Policy that allows exactly its own script and style and nothing from elsewhere.
/// </summary>
internal static class DashboardPage
{
    private const string ResourcePrefix = "Webhooks.Dashboard.";

    private static readonly Lazy<Built> Page = new(Build);

    public static Task ServeAsync(HttpContext context)
    {
        var page = Page.Value;
        var response = context.Response;
        response.Headers.ETag = page.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.ToString().Contains(page.ETag, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Html.Length;
        return response.Body.WriteAsync(page.Html, context.RequestAborted).AsTask();
    }

    private static Built Build()
    {
        var style = Resource("dashboard.css");
        var script = Resource("dashboard.js");
        var html = Resource("index.html")
            .Replace("<!-- dashboard.css -->", "<style>" + style + "</style>", StringComparison.Ordinal)
            .Replace("<!-- dashboard.js -->", "<script>" + script + "</script>", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(html);
        var csp = $"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; connect-src 'self'; img-src 'self' data:; " +
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
        return new Built(bytes, etag, csp);
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Resource(string name)
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The dashboard's {name} is missing from {typeof(DashboardPage).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed record Built(byte[] Html, string ETag, string ContentSecurityPolicy);
}
