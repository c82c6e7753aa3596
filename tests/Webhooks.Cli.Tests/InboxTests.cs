using System.Text.Json;
using System.Text.RegularExpressions;

namespace Webhooks.Cli.Tests;

/// <summary>
/// The inbox commands against the admin API of a running app whose OpenAI class is queued on SQLite: dead letters made
/// by a handler that throws, listed, shown, replayed one by one and in bulk, and purged. An app of its own, so that its
/// counts are its own.
/// </summary>
public sealed class InboxTests : IClassFixture<TestApp>
{
    private readonly TestApp _app;

    public InboxTests(TestApp app) => _app = app;

    [Fact]
    public async Task List_show_replay_and_purge_work_against_the_admin_API()
    {
        // Five deliveries that fail while the store is "down": dead after their one attempt.
        _app.Log.Broken = true;
        var marker = Guid.NewGuid().ToString("N");
        var send = await Send("--count", "5", "--concurrency", "2", "--set", $"data.id=batch_{marker}");
        Assert.True(send.ExitCode == 0, send.ToString());
        var dead = await WaitForList(5, "--status", "dead", "--provider", "openai", "--event-type", "batch.failed");

        // list: a table of the dead, newest first.
        var list = await Inbox("list", "--status", "dead", "--provider", "openai");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Matches(@"│\s+\d+ │ openai\s+│ batch\.failed │ dead\s+│\s+1 │ \d+ s ago\s+│ System\.InvalidOperationException: the batch store is down", list.Out);
        Assert.Equal(5, Regex.Matches(list.Out, "batch.failed").Count);

        // show: the delivery, its headers, its body and its attempt.
        var id = dead[0];
        var show = await Inbox("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains($"Delivery {id}: openai batch.failed, dead after 1 attempt", show.Out);
        Assert.Contains("  handler      ", show.Out);
        Assert.Contains("  last error   System.InvalidOperationException: the batch store is down", show.Out);
        Assert.Matches(@"  webhook-signature: v1,", show.Out);
        Assert.Contains($"\"id\": \"batch_{marker}\"", show.Out); // the body, indented
        Assert.Matches(@"│\s+1 │ \S+ \S+ │\s+\d+ ms │ dead\s+│ System\.InvalidOperationException: the batch store is down", show.Out);

        // replay one, once the store is back: processed.
        _app.Log.Broken = false;
        var replayOne = await Inbox("replay", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(replayOne.ExitCode == 0, replayOne.ToString());
        Assert.Equal($"Replayed delivery {id}: it is pending again, and is processed now.\n", replayOne.Out);
        await WaitForList(1, "--status", "processed", "--provider", "openai", "--event-type", "batch.failed");

        // replay the rest in batches of 2 (a progress bar on a terminal): four calls, the last one short.
        var replayAll = await Inbox("replay", "--status", "dead", "--provider", "openai", "--batch", "2");
        Assert.True(replayAll.ExitCode == 0, replayAll.ToString());
        Assert.Equal("Replayed 4 dead openai deliveries.\n", replayAll.Out);
        await WaitForList(5, "--status", "processed", "--provider", "openai", "--event-type", "batch.failed");
        Assert.Equal(5, _app.Log.All.Count(s => s.Body.Contains(marker, StringComparison.Ordinal)));
        Assert.Equal("Nothing to replay: no dead openai deliveries.\n", (await Inbox("replay", "--status", "dead", "--provider", "openai")).Out);

        // overview: the counts per provider.
        var overview = await Inbox("overview", "--json");
        var openai = JsonDocument.Parse(overview.Out).RootElement.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == "openai");
        Assert.Equal(0, openai.GetProperty("dead").GetInt64());
        Assert.True(openai.GetProperty("processed").GetInt64() >= 5);
        Assert.Matches(@"│ openai\s+│\s+\d+ │\s+\d+ │\s+\d+ │\s+0 │", (await Inbox("overview")).Out);

        // purge: a status is required; then the processed ones go.
        var noStatus = await Inbox("purge", "--provider", "openai");
        Assert.Equal(2, noStatus.ExitCode);
        var purge = await Inbox("purge", "--status", "processed", "--provider", "openai", "--event-type", "batch.failed");
        Assert.True(purge.ExitCode == 0, purge.ToString());
        Assert.Equal("Purged 5 processed openai deliveries of batch.failed.\n", purge.Out);
        Assert.Equal("No processed openai deliveries of batch.failed.\n", (await Inbox("list", "--status", "processed", "--provider", "openai", "--event-type", "batch.failed")).Out);
    }

    [Fact]
    public async Task List_pages_with_before_and_prints_json_for_scripts()
    {
        var send = await Send("batch.completed", "--count", "3");
        Assert.Equal(0, send.ExitCode);
        await WaitForList(3, "--status", "processed", "--event-type", "batch.completed");

        var first = await Inbox("list", "--event-type", "batch.completed", "--limit", "2", "--json");
        var page = JsonDocument.Parse(first.Out).RootElement;
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var next = page.GetProperty("next").GetInt64();
        var table = await Inbox("list", "--event-type", "batch.completed", "--limit", "2");
        Assert.Contains($"More: dotnet webhooks inbox list --before {next} (with the same filters).", table.Out);
        var second = JsonDocument.Parse((await Inbox("list", "--event-type", "batch.completed", "--limit", "2", "--before", next.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Out).RootElement;
        Assert.All(second.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("id").GetInt64() < next));
        var recent = await Inbox("list", "--from", "10m", "--to", DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"), "--json");
        Assert.True(JsonDocument.Parse(recent.Out).RootElement.GetProperty("items").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task Missing_deliveries_a_missing_API_and_an_app_that_is_not_running_say_so()
    {
        var show = await Inbox("show", "987654321");
        var replay = await Inbox("replay", "987654321");
        var elsewhere = await Inbox("list", "--dashboard-path", "/not/here");
        var down = await Cli.Run("inbox", "list", "--url", $"http://127.0.0.1:{SendTests.FreePort()}");
        var both = await Inbox("replay", "5", "--status", "dead");
        var neither = await Inbox("replay");

        Assert.Equal(1, show.ExitCode);
        Assert.Equal("error: there is no delivery 987654321.\n", show.Error);
        Assert.Equal(1, replay.ExitCode);
        Assert.Equal(1, elsewhere.ExitCode);
        Assert.Contains("there is no webhooks admin API at " + _app.Url + "/not/here/api/", elsewhere.Error);
        Assert.Equal(3, down.ExitCode);
        Assert.Contains("could not reach http://127.0.0.1:", down.Error);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(2, neither.ExitCode);
    }

    private Task<Cli.Result> Send(params string[] more) =>
        Cli.Run(["send", "openai", .. more.FirstOrDefault() is { } first && !first.StartsWith('-') ? [] : new[] { "batch.failed" }, .. more, "--url", _app.Url, "--secret", TestApp.Secrets["openai"]]);

    private Task<Cli.Result> Inbox(params string[] args) => Cli.Run(["inbox", .. args, .. args.Contains("--url") ? [] : new[] { "--url", _app.Url }]);

    // Lists until at least `count` deliveries match, and returns their ids.
    private async Task<List<long>> WaitForList(int count, params string[] filters)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var result = await Inbox(["list", .. filters, "--limit", "500", "--json"]);
            Assert.True(result.ExitCode == 0, result.ToString());
            var ids = JsonDocument.Parse(result.Out).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
            if (ids.Count >= count)
            {
                return ids;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {count} deliveries ({string.Join(' ', filters)}); {ids.Count} so far.");
            await Task.Delay(50);
        }
    }
}
