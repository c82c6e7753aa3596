namespace Webhooks.EndToEnd.Tests.NativeAot;

/// <summary>
/// A test that needs the native toolchain (clang) that Native AOT links with. Without it the test is
/// reported as skipped, with the reason, rather than passed; CI installs clang, so there it always runs.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "The Native AOT test publishes for linux-x64.";
        }
        else if (!File.Exists("/usr/bin/clang") && !File.Exists("/usr/local/bin/clang"))
        {
            Skip = "Native AOT needs clang: apt-get install clang (.ci/run does).";
        }
    }
}
