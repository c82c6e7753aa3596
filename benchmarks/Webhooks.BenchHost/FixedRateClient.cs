using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Webhooks.Benchmarks;

/// <summary>
/// An open-loop load generator for benchmarks/e2e.sh (<c>RATE=…</c>), since Debian has no wrk2: sends signed GitHub push
/// deliveries at a fixed rate whatever the server's answers take, over at most <c>connections</c> keep-alive
/// connections, and times each from the moment it was due (not from when it could be sent), so that a server that
/// falls behind is charged for the queue it causes (no coordinated omission). Every latency is kept and sorted, so the
/// percentiles are exact. The sender wakes about every millisecond and sends what has come due, so a request may leave
/// up to about a millisecond late; that lateness is part of every latency it reports, and of the empty endpoint's too.
/// </summary>
public static class FixedRateClient
{
    // rate <url> <requests/s> <seconds> <warm-up seconds> <connections> <tag>
    public static async Task<int> RunAsync(string url, double rate, double seconds, double warmup, int connections, string tag)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var deliveries = Enumerable.Range(0, 1024).Select(n => Deliveries.GitHub(n, timestamp)).ToArray();
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var target = new Uri(new Uri(url), "/webhooks/github");

        var warmed = 0;
        if (warmup > 0)
        {
            warmed = (await PhaseAsync(client, target, deliveries, rate, warmup, tag + "-warm-").ConfigureAwait(false)).Latencies.Length;
        }

        var run = await PhaseAsync(client, target, deliveries, rate, seconds, tag + "-").ConfigureAwait(false);
        var latencies = run.Latencies;
        Array.Sort(latencies);
        var late = run.Lateness;
        Array.Sort(late);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT requests={latencies.Length} seconds={run.Seconds:0.000} rps={latencies.Length / run.Seconds:0.0} " +
            $"p50_us={Percentile(latencies, 50)} p90_us={Percentile(latencies, 90)} p99_us={Percentile(latencies, 99)} " +
            $"p999_us={Percentile(latencies, 99.9)} max_us={(latencies.Length > 0 ? latencies[^1] : 0)} non2xx={run.Non2xx} " +
            $"socket_errors={run.Errors} rate={rate:0} late_p99_us={Percentile(late, 99)} warm_requests={warmed}"));
        return 0;
    }

    private static async Task<Phase> PhaseAsync(HttpClient client, Uri target, Delivery[] deliveries, double rate, double seconds, string idPrefix)
    {
        var total = (int)(rate * seconds);
        var latencies = new long[total];
        var lateness = new long[total];
        var tasks = new Task[total];
        long non2xx = 0, errors = 0;
        var ticksPerRequest = Stopwatch.Frequency / rate;
        var clock = Stopwatch.StartNew();

        async Task SendAsync(int n, long due)
        {
            lateness[n] = (clock.ElapsedTicks - due) * 1_000_000 / Stopwatch.Frequency;
            var delivery = deliveries[n % deliveries.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(delivery.Body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("User-Agent", "GitHub-Hookshot/8d4e6f1");
            request.Headers.TryAddWithoutValidation("X-GitHub-Event", "push");
            request.Headers.TryAddWithoutValidation("X-GitHub-Delivery", idPrefix + n.ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", delivery.Header("X-Hub-Signature-256"));
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                if ((int)response.StatusCode is < 200 or > 299)
                {
                    Interlocked.Increment(ref non2xx);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                Interlocked.Increment(ref errors);
            }

            latencies[n] = (clock.ElapsedTicks - due) * 1_000_000 / Stopwatch.Frequency;
        }

        // A thread of its own that sleeps about a millisecond at a time and starts whatever has come due meanwhile.
        var sender = new Thread(() =>
        {
            var next = 0;
            while (next < total)
            {
                var due = (int)Math.Min(total, (clock.ElapsedTicks / ticksPerRequest) + 1);
                for (; next < due; next++)
                {
                    tasks[next] = SendAsync(next, (long)(next * ticksPerRequest));
                }

                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "fixed-rate sender" };
        sender.Start();
        await Task.Run(sender.Join).ConfigureAwait(false);
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return new Phase(latencies, lateness, clock.Elapsed.TotalSeconds, Interlocked.Read(ref non2xx), Interlocked.Read(ref errors));
    }

    private static long Percentile(long[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record Phase(long[] Latencies, long[] Lateness, double Seconds, long Non2xx, long Errors);
}
