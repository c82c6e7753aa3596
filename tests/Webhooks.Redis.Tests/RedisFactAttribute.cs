namespace Webhooks.Redis.Tests;

/// <summary>
/// A test that runs a real <c>redis-server</c> (Debian's package). Without one it is skipped, saying why, except under
/// <c>CI=true</c>, where it runs and fails: CI installs Redis, so a missing one is a broken CI, not a reason to pass.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Executable is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "No redis-server on this machine: apt-get install redis-server (.ci/run does).";
        }
    }
}
