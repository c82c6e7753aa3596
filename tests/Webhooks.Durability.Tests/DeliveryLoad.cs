using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Webhooks.Testing;

namespace Webhooks.Durability.Tests;

/// <summary>
/// One signed OpenAI delivery to send: a unique id, or a redelivery of an id sent before; to the load's
/// <paramref name="Target"/>th address (several instances behind a load balancer), the first by default.
/// </summary>
public sealed record Delivery(string Id, string EventType, bool IsDuplicate, int Target = 0)
{
    public string Body { get; } =
        "{\"id\":\"evt_" + Id + "\",\"object\":\"event\",\"created_at\":" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
        + ",\"type\":\"" + EventType + "\",\"data\":{\"id\":\"obj_" + Id + "\"}}";

    public Delivery AsDuplicate() => this with { IsDuplicate = true };

    /// <summary>The same delivery, sent again to another address (another instance).</summary>
    public Delivery AsDuplicateTo(int target) => this with { IsDuplicate = true, Target = target };
}

/// <summary>
/// A provider's side of the load: sends signed deliveries concurrently and, as a provider does, sends a delivery again
/// until it is acknowledged (2xx): after a 503 or a failed connection (the app is down), after a short pause. Counts
/// every answer. With several addresses (instances), each delivery goes to the one it names.
/// </summary>
public sealed class DeliveryLoad
{
    private readonly Uri[] _endpoints;
    private readonly int[] _acknowledgedAt;
    private readonly WebhookSigner _signer;
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _requests;
    private int _unavailable;
    private int _unavailableWithoutRetryAfter;
    private int _connectionFailures;
    private int _finished;
    private int _duplicatesSent;
    private int _uniqueSent;
    private int _gaveUp;

    public DeliveryLoad(Uri baseAddress, string secret)
        : this([baseAddress], secret)
    {
    }

    public DeliveryLoad(IReadOnlyList<Uri> baseAddresses, string secret)
    {
        _endpoints = baseAddresses.Select(a => new Uri(a, "/webhooks/openai")).ToArray();
        _acknowledgedAt = new int[_endpoints.Length];
        _signer = new WebhookSigner("openai", secret);
    }

    /// <summary>How many 2xx answers the <paramref name="target"/>th address gave (redeliveries included).</summary>
    public int AcknowledgedAt(int target) => Volatile.Read(ref _acknowledgedAt[target]);

    /// <summary>Delivery ids answered 2xx at least once.</summary>
    public IReadOnlyCollection<string> Acknowledged => (IReadOnlyCollection<string>)_acknowledged.Keys;

    public bool WasAcknowledged(string id) => _acknowledged.ContainsKey(id);

    public int Requests => Volatile.Read(ref _requests);

    public int Unavailable => Volatile.Read(ref _unavailable);

    public int UnavailableWithoutRetryAfter => Volatile.Read(ref _unavailableWithoutRetryAfter);

    public int ConnectionFailures => Volatile.Read(ref _connectionFailures);

    /// <summary>Deliveries whose sending ended (acknowledged, refused or given up).</summary>
    public int Finished => Volatile.Read(ref _finished);

    public int DuplicatesSent => Volatile.Read(ref _duplicatesSent);

    public int UniqueSent => Volatile.Read(ref _uniqueSent);

    /// <summary>Deliveries never acknowledged before the deadline.</summary>
    public int GaveUp => Volatile.Read(ref _gaveUp);

    /// <summary>Answers that are neither 2xx, nor 503, nor a failed connection (each with its delivery id).</summary>
    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>How long to wait before sending a delivery again after a 503 or a failed connection.</summary>
    public TimeSpan RetryPause { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Sends every delivery <paramref name="deliveries"/> yields (pulled as senders get free, so a generator may decide
    /// when to stop), <paramref name="concurrency"/> at a time, each until acknowledged or <paramref name="deadline"/>.
    /// </summary>
    public Task RunAsync(IEnumerable<Delivery> deliveries, int concurrency, TimeSpan deadline) =>
        RunAsync(deliveries.Select(d => new[] { d }), concurrency, deadline);

    /// <summary>
    /// As <see cref="RunAsync(IEnumerable{Delivery}, int, TimeSpan)"/>, but each group's deliveries are sent at the
    /// same time (e.g. one delivery id to two instances at once); <paramref name="concurrency"/> counts groups.
    /// </summary>
    public async Task RunAsync(IEnumerable<Delivery[]> groups, int concurrency, TimeSpan deadline)
    {
        using var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var until = DateTime.UtcNow + deadline;
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (group, _) =>
        {
            await Task.WhenAll(group.Select(async delivery =>
            {
                if (delivery.IsDuplicate)
                {
                    Interlocked.Increment(ref _duplicatesSent);
                }
                else
                {
                    Interlocked.Increment(ref _uniqueSent);
                }

                await SendUntilAcknowledgedAsync(client, delivery, until);
                Interlocked.Increment(ref _finished);
            }));
        });
    }

    private async Task SendUntilAcknowledgedAsync(HttpClient client, Delivery delivery, DateTime until)
    {
        while (true)
        {
            if (DateTime.UtcNow > until)
            {
                Interlocked.Increment(ref _gaveUp);
                return;
            }

            Interlocked.Increment(ref _requests);
            try
            {
                using var request = _signer.CreateRequest(_endpoints[delivery.Target].ToString(), delivery.Body, webhookId: delivery.Id);
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    _acknowledged.TryAdd(delivery.Id, 0);
                    Interlocked.Increment(ref _acknowledgedAt[delivery.Target]);
                    return;
                }

                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    _unexpected.Enqueue($"{delivery.Id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    return;
                }

                Interlocked.Increment(ref _unavailable);
                if (response.Headers.RetryAfter is null)
                {
                    Interlocked.Increment(ref _unavailableWithoutRetryAfter);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                // The app is down (killed, restarting) or died under this request: the provider retries.
                Interlocked.Increment(ref _connectionFailures);
            }

            await Task.Delay(RetryPause + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 50)));
        }
    }

    /// <summary>
    /// <paramref name="deliveries"/> at most <paramref name="perSecond"/> a second: a steady load that the workers keep
    /// up with on a busy machine, so that the drain at the end stays short.
    /// </summary>
    public static IEnumerable<Delivery> Paced(IEnumerable<Delivery> deliveries, int perSecond)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        foreach (var delivery in deliveries)
        {
            var due = TimeSpan.FromSeconds((double)count++ / perSecond);
            if (due > clock.Elapsed)
            {
                Thread.Sleep(due - clock.Elapsed); // the senders take deliveries one at a time from here: this holds them all
            }

            yield return delivery;
        }
    }

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
