using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Webhooks.Dashboard.Tests;

public sealed class AccessTests
{
    private const string Page = "/webhooks/dashboard";
    private const string Overview = "/webhooks/dashboard/api/overview";
    private const string Remote = "203.0.113.7";

    public static TheoryData<string> Paths => new() { Page, Overview, "/webhooks/dashboard/api/deliveries", "/webhooks/dashboard/api/deliveries/1" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_local_request_is_allowed_by_default(string path)
    {
        await using var server = await DashboardServer.StartAsync();
        await server.DeadLetter("local");

        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_request_forwarded_by_a_proxy_is_refused(string path)
    {
        await using var server = await DashboardServer.StartAsync();

        var (status, json) = await server.GetJson(path, r => r.Headers.Add("X-Forwarded-For", "198.51.100.1"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("local requests only", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_request_from_another_address_is_refused_on_every_route()
    {
        await using var server = await DashboardServer.StartAsync();
        var id = await server.DeadLetter("remote");

        foreach (var path in new[] { Page, Overview, "/webhooks/dashboard/api/deliveries", $"/webhooks/dashboard/api/deliveries/{id}" })
        {
            var (status, _) = await server.GetJson(path, FromRemote);
            Assert.Equal(HttpStatusCode.Forbidden, status);
        }

        foreach (var (path, body) in new[] { ($"/webhooks/dashboard/api/deliveries/{id}/replay", "{}"), ("/webhooks/dashboard/api/replay", """{"max":10}"""), ("/webhooks/dashboard/api/purge", """{"status":"dead"}""") })
        {
            var (status, _) = await server.PostJson(path, body, change: FromRemote);
            Assert.Equal(HttpStatusCode.Forbidden, status);
        }

        Assert.Equal(InboxStatus.Dead, (await server.Inbox.GetAsync(id))!.Status);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("192.168.1.20")]
    public async Task A_local_request_to_a_host_name_that_is_not_loopback_is_refused(string host)
    {
        // A page of another site whose DNS name was rebound to 127.0.0.1 sends its own Host.
        await using var server = await DashboardServer.StartAsync();

        var (status, _) = await server.GetJson(Overview, r => r.Headers.Host = host);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task A_local_request_to_localhost_is_allowed()
    {
        await using var server = await DashboardServer.StartAsync();

        var (status, _) = await server.GetJson(Overview, r => r.Headers.Host = $"localhost:{server.Address.Port}");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task RequireAuthorization_on_what_it_returns_replaces_the_local_only_rule_with_the_policy()
    {
        await using var server = await DashboardServer.StartAsync(map: e => e.MapWebhooksDashboard().RequireAuthorization("webhooks-admin"), services: AddTestAuthentication);
        await AssertPolicyDecides(server);
    }

    [Fact]
    public async Task The_AuthorizationPolicy_option_replaces_the_local_only_rule_with_the_policy()
    {
        await using var server = await DashboardServer.StartAsync(map: e => e.MapWebhooksDashboard(o => o.AuthorizationPolicy = "webhooks-admin"), services: AddTestAuthentication);
        await AssertPolicyDecides(server);
    }

    [Fact]
    public async Task AllowAnonymous_does_not_open_it_the_local_only_rule_stays()
    {
        await using var server = await DashboardServer.StartAsync(map: e => e.MapWebhooksDashboard().RequireAuthorization("webhooks-admin").AllowAnonymous(), services: AddTestAuthentication);

        var (remote, _) = await server.GetJson(Overview, r => { FromRemote(r); r.Headers.Add(TestAuthentication.RoleHeader, "admin"); });
        var (local, _) = await server.GetJson(Overview);

        Assert.Equal(HttpStatusCode.Forbidden, remote);
        Assert.Equal(HttpStatusCode.OK, local);
    }

    private static async Task AssertPolicyDecides(DashboardServer server)
    {
        var id = await server.DeadLetter("policy");
        server.Switches.Failing.Clear();
        void Admin(HttpRequestMessage r) => r.Headers.Add(TestAuthentication.RoleHeader, "admin");
        void Viewer(HttpRequestMessage r) => r.Headers.Add(TestAuthentication.RoleHeader, "viewer");

        // Whom the policy allows may open it from anywhere, through a proxy too.
        Assert.Equal(HttpStatusCode.OK, (await server.GetJson(Page, r => { FromRemote(r); Admin(r); })).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.GetJson(Overview, r => { FromRemote(r); r.Headers.Add("X-Forwarded-For", "198.51.100.1"); Admin(r); })).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.PostJson($"/webhooks/dashboard/api/deliveries/{id}/replay", change: r => { FromRemote(r); Admin(r); })).Status);

        // Others may not, a local request included: the policy replaces the local-only rule.
        Assert.Equal(HttpStatusCode.Forbidden, (await server.GetJson(Overview, r => { FromRemote(r); Viewer(r); })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.GetJson(Overview, FromRemote)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.GetJson(Overview)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PostJson("/webhooks/dashboard/api/purge", """{"status":"processed"}""")).Status);
        await server.WaitFor("policy", InboxStatus.Processed);
        Assert.Single(await server.Inbox.ListAsync());
    }

    private static void FromRemote(HttpRequestMessage request) => request.Headers.Add(DashboardServer.RemoteAddressHeader, Remote);

    private static void AddTestAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(TestAuthentication.Name).AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.Name, null);
        services.AddAuthorization(o => o.AddPolicy("webhooks-admin", p => p.RequireRole("admin")));
    }

    /// <summary>Signs a request in with the role its <see cref="RoleHeader"/> names; no header, no user.</summary>
    private sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "Test";
        public const string RoleHeader = "X-Test-Role";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RoleHeader, out var role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "tester"), new Claim(ClaimTypes.Role, role.ToString())], Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
        }
    }
}
