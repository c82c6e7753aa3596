using Microsoft.Extensions.DependencyInjection;

namespace Webhooks.Inbox.Tests;

/// <summary>Misconfiguration stops the app at start-up, naming what to change.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_queued_provider_without_storage_stops_the_app_and_says_which_call_to_make()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InboxServer.StartAsync(storage: _ => { }));

        Assert.Contains("'openai'", error.Message);
        Assert.Contains("UseSqliteStorage()", error.Message);
        Assert.Contains("UsePostgreSqlStorage(", error.Message);
    }

    [Fact]
    public async Task An_unknown_processing_mode_stops_the_app_and_names_the_key()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => InboxServer.StartAsync(settings: new() { ["Webhooks:openai:Processing"] = "Later" }));

        Assert.Contains("Webhooks:openai:Processing must be Inline or Queued", error.Message);
    }

    [Theory]
    [InlineData("Webhooks:Inbox:Workers", "0", "Webhooks:Inbox:Workers")]
    [InlineData("Webhooks:Inbox:LeaseDuration", "soon", "Webhooks:Inbox:LeaseDuration")]
    [InlineData("Webhooks:Inbox:RetrySchedule:0", "-5", "Webhooks:Inbox:RetrySchedule:0")]
    public async Task A_bad_inbox_option_stops_the_app_and_names_the_key(string key, string value, string named)
    {
        var error = await Record.ExceptionAsync(() => InboxServer.StartAsync(settings: new() { [key] = value }));

        Assert.NotNull(error);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task The_storage_connection_string_in_configuration_wins_over_the_code()
    {
        var folder = InboxServer.NewFolder();
        var configured = Path.Combine(folder, "configured.db");
        await using var server = await InboxServer.StartAsync(folder,
            settings: new() { ["Webhooks:Storage:ConnectionString"] = $"Data Source={configured}" },
            storage: w => w.UseSqliteStorage("Data Source=from-code.db"));

        Assert.True(File.Exists(configured));
        Assert.False(File.Exists(Path.Combine(folder, "from-code.db")));
    }
}
