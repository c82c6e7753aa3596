namespace Webhooks.Durability.App;

/// <summary>
/// A test-only break (<c>Durability:AckBeforeStore=true</c>): answers 200 at once and hands the delivery to the real
/// endpoint a moment later from memory. A kill in between loses acknowledged deliveries; the tests must notice.
/// </summary>
internal static class AckBeforeStore
{
    private const string Forwarded = "X-Durability-Forwarded";

    public static Func<HttpContext, RequestDelegate, Task> Middleware(WebApplication app)
    {
        var client = new HttpClient();
        return async (http, next) =>
        {
            if (!HttpMethods.IsPost(http.Request.Method) || http.Request.Headers.ContainsKey(Forwarded))
            {
                await next(http);
                return;
            }

            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var headers = http.Request.Headers.Where(h => h.Key.StartsWith("webhook-", StringComparison.OrdinalIgnoreCase))
                .Select(h => (h.Key, h.Value.ToString())).ToList();
            var target = new Uri(new Uri(app.Urls.First()), http.Request.Path);
            _ = Task.Run(async () =>
            {
                await Task.Delay(Random.Shared.Next(200, 1500));
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.TryAddWithoutValidation(Forwarded, "1");
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                try
                {
                    using var response = await client.SendAsync(request);
                }
                catch (HttpRequestException)
                {
                    // lost: it was acknowledged already
                }
            });
            http.Response.StatusCode = StatusCodes.Status200OK;
        };
    }
}
