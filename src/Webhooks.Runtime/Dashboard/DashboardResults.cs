using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Webhooks.Dashboard;

/// <summary>Writes the admin API's answers: JSON through the generated context, never cached (bodies are private).</summary>
internal static class DashboardResults
{
    public static Task Json<T>(HttpContext context, T value, JsonTypeInfo<T> type, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsJsonAsync(value, type, contentType: "application/json; charset=utf-8", context.RequestAborted);
    }

    public static Task Error(HttpContext context, int status, string message) =>
        Json(context, new ErrorResponse(message), DashboardJsonContext.Default.ErrorResponse, status);
}
