using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Webhooks.Dashboard.Tests.Browser;

/// <summary>
/// A headless Debian Chromium driven by Playwright (never <c>playwright install</c>: the package's driver, the system's
/// browser), with a page that fails the test on any script error or refused resource, and screenshots under TestResults/.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _problems = [];

    private Chromium(IPlaywright playwright, IBrowser browser, IPage page, ITestOutputHelper output)
    {
        _playwright = playwright;
        _browser = browser;
        _output = output;
        Page = page;
        // A Content-Security-Policy violation is reported on the console as an error.
        page.Console += (_, message) => { if (message.Type == "error") _problems.Add("console: " + message.Text); };
        page.PageError += (_, error) => _problems.Add("page error: " + error);
    }

    public IPage Page { get; }

    public static async Task<Chromium> LaunchAsync(ITestOutputHelper output)
    {
        Assert.True(File.Exists(Executable), $"The browser test needs Chromium at {Executable}: apt-get install chromium (.ci/run does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        page.SetDefaultTimeout(20_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return new Chromium(playwright, browser, page, output);
    }

    /// <summary>Saves a screenshot of the whole page as TestResults/Dashboard/<paramref name="name"/>.png and prints its path.</summary>
    public async Task<string> Screenshot(string name)
    {
        var path = Path.Combine(ResultsFolder(), "Dashboard", name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>No script error, and nothing the page's security policy refused.</summary>
    public void AssertNoProblems() => Assert.Empty(_problems);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    // The repository's TestResults folder (where `dotnet test` writes its TRX files), found above the test's output.
    private static string ResultsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Webhooks.sln")))
            {
                return Path.Combine(folder.FullName, "TestResults");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }
}
