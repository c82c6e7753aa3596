using System.Runtime.InteropServices;

namespace Webhooks.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux): on a machine shared with other builds, it leaves out the time the thread
/// waited for a core, which wall-clock timings include.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static long Nanoseconds()
    {
        if (ClockGetTime(ThreadCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
