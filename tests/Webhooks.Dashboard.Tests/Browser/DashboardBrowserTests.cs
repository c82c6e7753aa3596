using System.Net;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Webhooks.Dashboard.Tests.Browser;

/// <summary>The dashboard in a real browser: dead letters found, inspected and replayed with clicks, as an operator would.</summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task A_dead_letter_is_found_inspected_and_replayed_until_processed()
    {
        await using var server = await DashboardServer.StartAsync();
        var id = await server.DeadLetter("browser-dead", " <b>&amp;</b>");
        (await server.SendOpenAI("browser-ok")).Dispose();
        (await server.SendStripe("evt_browser_1")).Dispose();
        await server.WaitFor("browser-ok", InboxStatus.Processed);
        await DashboardServer.WaitUntil(async () => (await server.Inbox.ListAsync(new InboxFilter { Provider = "stripe", Status = InboxStatus.Processed })).Count == 1, "the Stripe delivery is processed");
        await SendForged(server);
        await using var chromium = await Chromium.LaunchAsync(output);
        var page = chromium.Page;

        // The overview: per provider, and the rejection.
        await page.GotoAsync(new Uri(server.Address, "/webhooks/dashboard").ToString());
        var openai = page.Locator("#providers tbody tr", new() { HasText = "openai" });
        await Expect(openai.Locator("td").Nth(4)).ToHaveTextAsync("1");
        await Expect(openai.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Expect(page.Locator("#rejections tbody tr", new() { HasText = "invalid_signature" }).Locator("td").Nth(2)).ToHaveTextAsync("1");
        await chromium.Screenshot("overview");

        // The dead letters: it is there, its error shown as text (the handler's message has markup in it).
        await page.GetByRole(AriaRole.Link, new() { Name = "Dead letters" }).ClickAsync();
        var row = page.Locator($"#deliveries tbody tr[data-id='{id}']");
        await Expect(row).ToContainTextAsync("msg_browser-dead");
        await Expect(row.Locator(".status")).ToHaveTextAsync("dead");
        await Expect(row.Locator("td.error")).ToContainTextAsync("browser-dead failed on purpose <b>&amp;</b>");
        Assert.Equal(0, await page.Locator("#deliveries b").CountAsync());
        await Expect(page.Locator("#deliveries tbody tr")).ToHaveCountAsync(1);
        await chromium.Screenshot("dead-letters");

        // Its detail: headers, the body pretty-printed, both attempts with their errors.
        await row.GetByRole(AriaRole.Link, new() { Name = id.ToString() }).ClickAsync();
        await Expect(page.Locator("#detail-status")).ToHaveTextAsync("dead");
        await Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#history tbody tr").Nth(1)).ToContainTextAsync("failed on purpose");
        await Expect(page.Locator("#headers")).ToContainTextAsync("webhook-id");
        await Expect(page.Locator("#body")).ToContainTextAsync("\"data\": {\n    \"id\": \"browser-dead\"");
        await chromium.Screenshot("detail");

        // The handler is fixed: Replay, and the page follows it to processed.
        server.Switches.Failing.TryRemove("browser-dead", out _);
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay", Exact = true }).ClickAsync();
        await Expect(page.Locator("#detail-status")).ToHaveTextAsync("processed");
        await Expect(page.Locator("#notice")).ToContainTextAsync($"Delivery {id} replayed");
        await Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(3);
        await chromium.Screenshot("after-replay");

        Assert.Equal(InboxStatus.Processed, (await server.Inbox.GetAsync(id))!.Status);
        Assert.Contains("browser-dead", server.Switches.Processed);
        chromium.AssertNoProblems();
    }

    [ChromiumFact]
    public async Task A_checked_selection_of_dead_letters_is_replayed_and_the_rest_purged_after_a_confirm()
    {
        await using var server = await DashboardServer.StartAsync();
        var first = await server.DeadLetter("sel-1");
        var second = await server.DeadLetter("sel-2");
        var third = await server.DeadLetter("sel-3");
        await using var chromium = await Chromium.LaunchAsync(output);
        var page = chromium.Page;
        await page.GotoAsync(new Uri(server.Address, "/webhooks/dashboard#/deliveries?status=dead").ToString());
        await Expect(page.Locator("#deliveries tbody tr")).ToHaveCountAsync(3);

        server.Switches.Failing.Clear();
        await page.Locator($"tr[data-id='{first}'] input.select").CheckAsync();
        await page.Locator($"tr[data-id='{second}'] input.select").CheckAsync();
        await chromium.Screenshot("dead-letters-selected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay selected (2)" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Replayed 2 of 2.");
        await Expect(page.Locator("#deliveries tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator($"tr[data-id='{third}']")).ToBeVisibleAsync();
        await server.WaitFor("sel-1", InboxStatus.Processed);
        await server.WaitFor("sel-2", InboxStatus.Processed);

        // Purge asks first: dismissed, nothing is deleted; accepted, the dead letter is gone.
        var messages = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            messages.Add(dialog.Message);
            if (accept) await dialog.AcceptAsync(); else await dialog.DismissAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Purge…" }).ClickAsync();
        await Expect(page.Locator($"tr[data-id='{third}']")).ToBeVisibleAsync();
        Assert.NotNull(await server.Inbox.GetAsync(third));

        accept = true;
        await page.GetByRole(AriaRole.Button, new() { Name = "Purge…" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Purged 1 delivery.");
        await Expect(page.Locator("#deliveries tbody")).ToHaveTextAsync("No delivery matches.");

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.StartsWith("Delete every dead delivery?", m));
        Assert.Null(await server.Inbox.GetAsync(third));
        Assert.Equal(2, (await server.Inbox.ListAsync(new InboxFilter { Status = InboxStatus.Processed })).Count);
        chromium.AssertNoProblems();
    }

    [ChromiumFact]
    public async Task Without_durable_storage_the_page_says_so()
    {
        await using var server = await DashboardServer.StartAsync(storage: false);
        await using var chromium = await Chromium.LaunchAsync(output);

        await chromium.Page.GotoAsync(new Uri(server.Address, "/webhooks/dashboard").ToString());

        await Expect(chromium.Page.Locator("#notice")).ToContainTextAsync("This app has no durable storage");
    }

    private static async Task SendForged(DashboardServer server)
    {
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/webhooks/openai") { Content = new StringContent("{}") };
        forged.Headers.Add("webhook-id", "msg_forged");
        forged.Headers.Add("webhook-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString());
        forged.Headers.Add("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        using var response = await server.Client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
