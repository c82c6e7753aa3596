using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Webhooks.Benchmarks;

/// <summary>
/// Is the floor a fair floor? <see cref="DeliveryBenchmarks.Floor"/> computes the HMAC over bytes prepared in advance
/// and deserializes: it never reads the request, never compares the signature and never checks the timestamp, so a
/// receiver that accepted forged deliveries would do more than it. <c>FloorChecked</c> is the least a receiver that
/// can be trusted does, hand-written for the one provider, as the end-to-end floor endpoint does it: refuse a body over
/// the limit, read the body off the request into a pooled buffer, read the signature headers, hash the signed content
/// as the provider defines it, decode the signature and compare it in constant time, check the timestamp's tolerance,
/// deserialize with source-generated metadata. It still skips what only a library does: the event type, the delivery
/// id and its deduplication, the dispatch to a handler, answers, logs and telemetry.
/// </summary>
/// <remarks>
/// Subclasses of the delivery classes, so that <c>Floor</c>, <c>FloorChecked</c> and <c>Ours</c> run on the same
/// deliveries in the same run: <c>--filter '*CheckedFloor.Floor*' '*CheckedFloor.Ours'</c>.
/// </remarks>
public static class CheckedFloor
{
    public const long MaxBodyBytes = 1024 * 1024;
    private static readonly TimeSpan Tolerance = TimeSpan.FromDays(1);
    private static readonly ThreadLocal<IncrementalHash> OpenAIHmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Convert.FromBase64String(Deliveries.OpenAISecret["whsec_".Length..])));
    private static readonly ThreadLocal<IncrementalHash> StripeHmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(Deliveries.StripeSecret)));
    private static readonly ThreadLocal<IncrementalHash> GitHubHmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(Deliveries.GitHubSecret)));

    /// <summary>The request of this delivery as <c>Ours</c> gets it: headers parsed, the body a stream.</summary>
    public static DefaultHttpContext Request(Delivery delivery)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.Body = new MemoryStream(delivery.Body, writable: false);
        http.Request.Headers[HeaderNames.ContentLength] = delivery.Body.Length.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in delivery.Headers)
        {
            http.Request.Headers[name] = value;
        }

        return http;
    }

    /// <summary>Verifies and deserializes one delivery; <c>null</c> when it is refused.</summary>
    public static object? Receive(string provider, HttpRequest request, Func<ReadOnlySpan<byte>, object?> deserialize)
    {
        request.Body.Position = 0;
        if (request.ContentLength is not { } length || length > MaxBodyBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            request.Body.ReadExactlyAsync(buffer.AsMemory(0, (int)length)).AsTask().GetAwaiter().GetResult();
            var body = buffer.AsSpan(0, (int)length);
            var valid = provider switch
            {
                "openai" => OpenAI(request.Headers, body),
                "stripe" => Stripe(request.Headers, body),
                _ => GitHub(request.Headers, body),
            };
            return valid ? deserialize(body) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // webhook-signature: "v1,<base64>" over "{webhook-id}.{webhook-timestamp}.{body}" (one entry, as OpenAI sends it).
    private static bool OpenAI(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        string id = headers["webhook-id"].ToString(), timestamp = headers["webhook-timestamp"].ToString(), signature = headers["webhook-signature"].ToString();
        Span<byte> expected = stackalloc byte[32], candidate = stackalloc byte[32];
        if (!signature.StartsWith("v1,", StringComparison.Ordinal) || !Convert.TryFromBase64Chars(signature.AsSpan(3), candidate, out var written) || written != 32
            || !InTolerance(timestamp))
        {
            return false;
        }

        var hmac = OpenAIHmac.Value!;
        Append(hmac, id);
        hmac.AppendData("."u8);
        Append(hmac, timestamp);
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        hmac.GetHashAndReset(expected);
        return CryptographicOperations.FixedTimeEquals(expected, candidate);
    }

    // Stripe-Signature: "t=<unix seconds>,v1=<hex>" over "{t}.{body}".
    private static bool Stripe(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var header = headers["Stripe-Signature"].ToString().AsSpan();
        var comma = header.IndexOf(',');
        if (comma < 0 || !header.StartsWith("t=") || !header[(comma + 1)..].StartsWith("v1="))
        {
            return false;
        }

        var timestamp = header[2..comma];
        Span<byte> expected = stackalloc byte[32], candidate = stackalloc byte[32];
        if (Convert.FromHexString(header[(comma + 4)..], candidate, out _, out var written) != OperationStatus.Done || written != 32 || !InTolerance(timestamp))
        {
            return false;
        }

        var hmac = StripeHmac.Value!;
        Append(hmac, timestamp);
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        hmac.GetHashAndReset(expected);
        return CryptographicOperations.FixedTimeEquals(expected, candidate);
    }

    // X-Hub-Signature-256: "sha256=<hex>" over the body.
    private static bool GitHub(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var header = headers["X-Hub-Signature-256"].ToString().AsSpan();
        Span<byte> expected = stackalloc byte[32], candidate = stackalloc byte[32];
        if (!header.StartsWith("sha256=") || Convert.FromHexString(header[7..], candidate, out _, out var written) != OperationStatus.Done || written != 32)
        {
            return false;
        }

        var hmac = GitHubHmac.Value!;
        hmac.AppendData(body);
        hmac.GetHashAndReset(expected);
        return CryptographicOperations.FixedTimeEquals(expected, candidate);
    }

    private static bool InTolerance(ReadOnlySpan<char> timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) <= Tolerance.TotalSeconds;

    private static void Append(IncrementalHash hmac, ReadOnlySpan<char> ascii)
    {
        Span<byte> bytes = stackalloc byte[ascii.Length];
        hmac.AppendData(bytes[..Encoding.ASCII.GetBytes(ascii, bytes)]);
    }
}

/// <summary>The delivery classes with <c>FloorChecked</c> added, by provider, for the console modes.</summary>
public static class CheckedFloorClasses
{
    public static DeliveryBenchmarks For(string provider) => provider switch
    {
        "openai" => new OpenAICheckedFloor(),
        "stripe" => new StripeCheckedFloor(),
        "github" => new GitHubCheckedFloor(),
        _ => throw new ArgumentException($"Unknown provider '{provider}': openai, stripe or github."),
    };

    public static Func<object?> FloorChecked(DeliveryBenchmarks benchmarks) => benchmarks switch
    {
        OpenAICheckedFloor b => b.FloorChecked,
        StripeCheckedFloor b => b.FloorChecked,
        GitHubCheckedFloor b => b.FloorChecked,
        _ => throw new ArgumentException("Not a checked-floor class.", nameof(benchmarks)),
    };
}

/// <summary>Each delivery's request for the checked floor, taken in the same cycle as the deliveries.</summary>
public sealed class CheckedFloorRequests
{
    private readonly List<DefaultHttpContext> _requests = [];
    private string _provider = "";
    private Func<ReadOnlySpan<byte>, object?> _deserialize = _ => null; // one delegate, not one per delivery
    private int _next;

    /// <summary>During set-up, for each delivery in turn: its request, checked to be accepted.</summary>
    public void Add(string provider, Delivery delivery, Func<ReadOnlySpan<byte>, object?> deserialize)
    {
        (_provider, _deserialize) = (provider, deserialize);
        var http = CheckedFloor.Request(delivery);
        _requests.Add(http);
        if (CheckedFloor.Receive(provider, http.Request, deserialize) is null)
        {
            throw new InvalidOperationException("the checked floor refused a delivery");
        }
    }

    /// <summary>The next delivery through the checked floor.</summary>
    public object? Receive()
    {
        var request = _requests[_next].Request;
        _next = (_next + 1) % _requests.Count;
        return CheckedFloor.Receive(_provider, request, _deserialize);
    }
}

public class OpenAICheckedFloor : OpenAIDelivery
{
    private readonly CheckedFloorRequests _requests = new();

    /// <summary>The least a receiver that can be trusted does (see <see cref="CheckedFloor"/>).</summary>
    [Benchmark]
    public object? FloorChecked() => _requests.Receive();

    protected override void CheckPeer() => _requests.Add(Provider, Current, FloorDeserialize);
}

public class StripeCheckedFloor : StripeDelivery
{
    private readonly CheckedFloorRequests _requests = new();

    /// <summary>The least a receiver that can be trusted does (see <see cref="CheckedFloor"/>).</summary>
    [Benchmark]
    public object? FloorChecked() => _requests.Receive();

    protected override void CheckPeer() => _requests.Add(Provider, Current, FloorDeserialize);
}

public class GitHubCheckedFloor : GitHubDelivery
{
    private readonly CheckedFloorRequests _requests = new();

    /// <summary>The least a receiver that can be trusted does (see <see cref="CheckedFloor"/>).</summary>
    [Benchmark]
    public object? FloorChecked() => _requests.Receive();

    protected override void CheckPeer() => _requests.Add(Provider, Current, FloorDeserialize);
}
