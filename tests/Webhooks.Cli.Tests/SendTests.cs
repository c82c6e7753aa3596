using System.Text.Json;
using Webhooks.Testing;

namespace Webhooks.Cli.Tests;

[Collection(AppCollection.Name)]
public sealed class SendTests(TestApp app)
{
    public static TheoryData<string> Providers => [.. WebhookFixtures.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Send_signs_every_providers_default_fixture_as_the_provider_does_and_the_handler_runs(string provider)
    {
        var before = app.Log.All.Count;
        var result = await Cli.Run("send", provider, "--url", app.Url, "--secret", TestApp.Secrets[provider]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var defaultEvent = WebhookFixtures.DefaultEvent(provider);
        Assert.Contains($"POST {app.Url}/webhooks/{provider} ({defaultEvent}", result.Out);
        Assert.Contains("→ 200 OK", result.Out);
        var seen = await app.Log.WaitFor(s => s.Provider == provider && app.Log.All.Skip(before).Contains(s), $"{provider} {defaultEvent}");
        Assert.Equal(defaultEvent, seen.EventType);
        Assert.Contains(seen.DeliveryId, result.Out); // the line names the delivery id the receiver deduplicates on ("" when none)

        if (provider is not ("generic" or "twilio"))
        {
            Assert.StartsWith("contract:", seen.Handler); // the body fits the provider's built-in contract
        }
    }

    [Fact]
    public async Task Each_send_is_a_new_delivery_with_fresh_ids()
    {
        var first = await Cli.Run("send", "stripe", "--url", app.Url, "--secret", TestApp.Secrets["stripe"]);
        var second = await Cli.Run("send", "stripe", "--url", app.Url, "--secret", TestApp.Secrets["stripe"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var ids = new[] { first, second }.Select(r => r.Out[(r.Out.IndexOf("delivery ", StringComparison.Ordinal) + 9)..].Split(')')[0]).ToArray();
        Assert.NotEqual(ids[0], ids[1]);
        await app.Log.WaitFor(s => s.DeliveryId == ids[0], "the first");
        await app.Log.WaitFor(s => s.DeliveryId == ids[1], "the second, not deduplicated away");
    }

    [Fact]
    public async Task A_wrong_secret_is_answered_401_and_exits_1()
    {
        var result = await Cli.Run("send", "openai", "--url", app.Url, "--secret", "whsec_" + Convert.ToBase64String(new byte[24]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("→ 401 Unauthorized", result.Out);
    }

    [Fact]
    public async Task The_secret_comes_from_the_providers_environment_variable_or_the_one_secret_env_names()
    {
        var own = await Cli.Run(new Dictionary<string, string> { ["GITHUB_WEBHOOK_SECRET"] = TestApp.Secrets["github"] }, null, "send", "github", "--url", app.Url);
        var named = await Cli.Run(new Dictionary<string, string> { ["MY_SECRET"] = TestApp.Secrets["github"] }, null, "send", "github", "--url", app.Url, "--secret-env", "MY_SECRET");
        var none = await Cli.Run("send", "github", "--url", app.Url);

        Assert.True(own.ExitCode == 0, own.ToString());
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no secret for github: set GITHUB_WEBHOOK_SECRET", none.Error);
    }

    [Fact]
    public async Task Set_changes_the_body_the_handler_sees()
    {
        var marker = Guid.NewGuid().ToString("N");
        var result = await Cli.Run("send", "stripe", "payment_intent.succeeded", "--url", app.Url, "--secret", TestApp.Secrets["stripe"],
            "--set", "data.object.amount=500", "--set", "data.object.currency=eur", "--set", $"data.object.metadata.run={marker}",
            "--set", "data.object.livemode=true", "--set", "data.object.description=null", "--set", "data.object.tags=[\"a\",\"b\"]");

        Assert.True(result.ExitCode == 0, result.ToString());
        var seen = await app.Log.WaitFor(s => s.Body.Contains(marker, StringComparison.Ordinal), "the overridden payment");
        Assert.Equal("contract:500", seen.Handler); // the typed contract read the new amount
        var payment = JsonDocument.Parse(seen.Body).RootElement.GetProperty("data").GetProperty("object");
        Assert.Equal(500, payment.GetProperty("amount").GetInt64());
        Assert.Equal("eur", payment.GetProperty("currency").GetString());
        Assert.True(payment.GetProperty("livemode").GetBoolean());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("description").ValueKind);
        Assert.Equal(2, payment.GetProperty("tags").GetArrayLength());
        Assert.Equal("1001", payment.GetProperty("metadata").GetProperty("order_id").GetString()); // the rest is kept
    }

    [Fact]
    public async Task Set_on_twilio_sets_form_fields()
    {
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var result = await Cli.Run("send", "twilio", "--url", app.Url, "--secret", TestApp.Secrets["twilio"], "--set", $"MessageSid={sid}", "--set", "MessageStatus=undelivered");

        Assert.True(result.ExitCode == 0, result.ToString());
        var seen = await app.Log.WaitFor(s => s.Handler == "contract:" + sid, "the overridden Twilio callback");
        Assert.Equal("undelivered", seen.EventType);
    }

    [Fact]
    public async Task Data_sends_your_own_body_from_a_file_or_standard_input()
    {
        var marker = Guid.NewGuid().ToString("N");
        var file = Path.Combine(app.Folder, marker + ".json");
        await File.WriteAllTextAsync(file, $$"""{"ref":"refs/heads/{{marker}}","before":"a","after":"b","repository":{"full_name":"me/mine"},"forced":false}""");
        var fromFile = await Cli.Run("send", "github", "push", "--url", app.Url, "--secret", TestApp.Secrets["github"], "--data", file);
        var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"id":"{{marker}}","type":"thing.done"}"""));
        var fromStdin = await Cli.Run(null, stdin, "send", "generic", "--url", app.Url, "--secret", TestApp.Secrets["generic"], "--data", "-");

        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.Equal("contract:me/mine", (await app.Log.WaitFor(s => s.Body.Contains("refs/heads/" + marker, StringComparison.Ordinal), "the file's push")).Handler);
        Assert.Equal("thing.done", (await app.Log.WaitFor(s => s.DeliveryId == marker, "stdin's event")).EventType);
    }

    [Fact]
    public async Task Path_overrides_the_route()
    {
        var result = await Cli.Run("send", "vercel", "--url", app.Url, "--secret", TestApp.Secrets["vercel"], "--path", "/elsewhere/vercel");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"POST {app.Url}/elsewhere/vercel", result.Out);
        Assert.Contains("→ 404", result.Out);
    }

    [Fact]
    public async Task A_burst_sends_count_deliveries_concurrently_and_summarises_the_answers()
    {
        var marker = Guid.NewGuid().ToString("N");
        var result = await Cli.Run("send", "slack", "app_mention", "--url", app.Url, "--secret", TestApp.Secrets["slack"],
            "--count", "50", "--concurrency", "8", "--set", $"event.text=burst {marker}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Sent 50 slack app_mention deliveries to {app.Url}/webhooks/slack, 8 at a time: 50 answered", result.Out);
        Assert.Matches(@"│ 200 OK\s*│\s*50 │\s*100\.0% │", result.Out);
        Assert.Matches(@"Latency: p50 [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms", result.Out);
        var handled = app.Log.All.Where(s => s.Body.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(50, handled.Count);
        Assert.Equal(50, handled.Select(s => s.DeliveryId).Distinct().Count()); // fresh ids: none deduplicated
    }

    [Fact]
    public async Task A_burst_with_failures_exits_1_and_counts_them()
    {
        var result = await Cli.Run("send", "hookdeck", "--url", app.Url, "--secret", "not-the-secret", "--count", "5", "--concurrency", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"│ 401 Unauthorized\s*│\s*5 │", result.Out);
    }

    [Fact]
    public async Task An_app_that_is_not_running_exits_3()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var one = await Cli.Run("send", "openai", "--url", url, "--secret", TestApp.Secrets["openai"]);
        var burst = await Cli.Run("send", "openai", "--url", url, "--secret", TestApp.Secrets["openai"], "--count", "3");

        Assert.Equal(3, one.ExitCode);
        Assert.Contains($"could not reach {url}/webhooks/openai (connection failed", one.Error);
        Assert.Equal(3, burst.ExitCode);
        Assert.Matches(@"│ connection failed[^│]*│\s*3 │", burst.Out);
    }

    [Theory]
    [InlineData("send", "nope")]
    [InlineData("send", "openai", "--count", "0")]
    [InlineData("send", "openai", "--no-such-option")]
    [InlineData("send", "openai", "--secret", "s", "--set", "nothing-to-set")]
    [InlineData("send", "openai", "--secret", "s", "--set", "data.id.deeper=1")]
    [InlineData("send", "openai", "--secret", "s", "--data", "/no/such/file.json")]
    [InlineData("send", "github", "--secret", "s", "--data", "-")]
    [InlineData("send", "openai", "--secret", "whsk_AAAA")]
    [InlineData("send", "openai", "--url", "not a url")]
    public async Task A_wrong_command_line_exits_2_and_says_what_to_change(params string[] args)
    {
        var result = await Cli.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error);
    }

    [Fact]
    public async Task An_undocumented_event_is_sent_with_a_warning_and_the_nearest_name()
    {
        var result = await Cli.Run("send", "openai", "batch.complete", "--url", app.Url, "--secret", TestApp.Secrets["openai"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning: batch.complete is not an event openai documents; sending it anyway. Did you mean batch.completed?", result.Error);
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
