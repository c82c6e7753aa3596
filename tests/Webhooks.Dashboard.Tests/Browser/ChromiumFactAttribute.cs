namespace Webhooks.Dashboard.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium (<c>/usr/bin/chromium</c>). Without it the test is skipped, saying why, except
/// under <c>CI=true</c>, where it runs and fails: CI installs Chromium, so a missing one is a broken CI.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.Executable) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"No Chromium at {Chromium.Executable}: apt-get install chromium (.ci/run does).";
        }
    }
}
