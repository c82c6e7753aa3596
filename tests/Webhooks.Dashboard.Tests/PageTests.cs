using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace Webhooks.Dashboard.Tests;

public sealed partial class PageTests
{
    [Fact]
    public async Task Serves_one_self_contained_page_with_an_ETag_and_a_strict_content_security_policy()
    {
        await using var server = await DashboardServer.StartAsync();

        using var response = await server.Client.GetAsync("/webhooks/dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("<title>Webhooks dashboard</title>", html);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("no-cache", response.Headers.CacheControl!.ToString());

        // Nothing loaded from anywhere: no external script, style, font or image.
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", html);
        Assert.DoesNotContain("@import", html);

        // The page's own inline script and style are allowed by their hashes, nothing else is.
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        var script = Assert.Single(ScriptElement().Matches(html)).Groups[1].Value;
        var style = Assert.Single(StyleElement().Matches(html)).Groups[1].Value;
        Assert.Contains($"script-src '{Hash(script)}'", csp);
        Assert.Contains($"style-src '{Hash(style)}'", csp);
    }

    [Fact]
    public async Task Answers_304_when_the_browser_has_the_page_already()
    {
        await using var server = await DashboardServer.StartAsync();
        using var first = await server.Client.GetAsync("/webhooks/dashboard");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/webhooks/dashboard");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await server.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Maps_the_page_and_its_api_at_the_path_given()
    {
        await using var server = await DashboardServer.StartAsync(map: e => e.MapWebhooksDashboard("/ops/webhooks/"));

        using var page = await server.Client.GetAsync("/ops/webhooks");
        using var slash = await server.Client.GetAsync("/ops/webhooks/");
        var (overview, _) = await server.GetJson("/ops/webhooks/api/overview");
        using var old = await server.Client.GetAsync("/webhooks/dashboard");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, slash.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overview);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task Without_durable_storage_the_api_says_so_and_the_page_still_loads()
    {
        await using var server = await DashboardServer.StartAsync(storage: false);

        using var page = await server.Client.GetAsync("/webhooks/dashboard");
        foreach (var path in new[] { "overview", "deliveries", "deliveries/1" })
        {
            var (status, json) = await server.GetJson($"/webhooks/dashboard/api/{path}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("no durable storage", json.GetProperty("error").GetString());
        }

        var (replay, body) = await server.PostJson("/webhooks/dashboard/api/replay", """{"status":"dead","max":5}""");
        Assert.Equal(HttpStatusCode.NotFound, replay);
        Assert.Contains("UseSqliteStorage", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Api_answers_are_JSON_that_is_never_cached()
    {
        await using var server = await DashboardServer.StartAsync();

        using var response = await server.Client.GetAsync("/webhooks/dashboard/api/deliveries");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new CacheControlHeaderValue { NoStore = true }, response.Headers.CacheControl);
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
