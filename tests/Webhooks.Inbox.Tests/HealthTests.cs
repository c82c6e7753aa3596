using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Webhooks.Inbox.Tests;

/// <summary><c>AddHealthChecks().AddWebhooks()</c>: healthy, degraded by dead letters, unhealthy when the storage fails.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthy_until_a_dead_letter_makes_it_degraded()
    {
        await using var server = await InboxServer.StartAsync(services: s => s.AddHealthChecks().AddWebhooks());
        var health = server.Services.GetRequiredService<HealthCheckService>();

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        using (await server.SendOpenAI("batch.failed", "unhealthy"))
        {
        }

        await InboxServer.WaitUntil(async () => (await server.Find("msg_unhealthy"))?.Status == InboxStatus.Dead, "it is dead");
        var report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Contains("1 dead letter", report.Entries["webhooks"].Description);
    }

    [Fact]
    public async Task Unhealthy_while_the_storage_fails()
    {
        FailingStore? failing = null;
        await using var server = await InboxServer.StartAsync(
            services: s => s.AddHealthChecks().AddWebhooks(),
            storage: w => FailingStore.OverSqlite(w, s => failing = s));
        var health = server.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        failing!.Failing = true;
        var report = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("storage did not answer", report.Entries["webhooks"].Description);
        failing.Failing = false;
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }
}
