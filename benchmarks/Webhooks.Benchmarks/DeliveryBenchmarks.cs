using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Infrastructure;
using Webhooks.Pipeline;
using Webhooks.Verification;

namespace Webhooks.Benchmarks;

/// <summary>
/// One delivery per operation, cycling through <see cref="Count"/> distinct, correctly signed deliveries (each
/// with its own id), the same ones for every method. 256 deliveries (under 1.5 MB with their signed bytes) stay in the
/// CPU caches, as a body that has just arrived from the network is. Our path is the real pipeline: WebhookEndpoint.HandleAsync
/// on a DefaultHttpContext whose body is a MemoryStream, with the real verifier, the in-memory idempotency store
/// and the generated dispatch. Each delivery has its request ready, headers parsed, as a server hands it to an endpoint
/// (parsing them is the server's work, which every endpoint pays, the empty one included); each operation rewinds its
/// body stream and clears the status. One store serves the whole run, as in a server:
/// when the cycle wraps, the store's own clock moves past its retention, so every delivery has expired and the next
/// claim sweeps them out (the sweep is amortised over <see cref="Count"/> operations and included). No delivery is
/// ever a duplicate, and the store stays at its working size instead of growing from empty.
/// </summary>
[MemoryDiagnoser]
public abstract class DeliveryBenchmarks
{
    public const int Count = 256;

    /// <summary>Past the store's retention (72 hours) and its sweep interval: every remembered delivery has expired.</summary>
    public static readonly TimeSpan PastRetention = TimeSpan.FromDays(4);

    private Delivery[] _deliveries = [];
    private DefaultHttpContext[] _requests = [];
    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private readonly ShiftedClock _storeClock = new();
    private WebhookEndpoint _endpoint = null!;
    private WebhookEndpoint _endpointWithoutStore = null!;
    private IncrementalHash _floorHmac = null!;
    private int _next;

    protected abstract string Provider { get; }

    protected abstract object? FloorDeserialize(ReadOnlySpan<byte> body);

    protected Delivery Current => _deliveries[_next];

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _deliveries = [.. Enumerable.Range(0, Count).Select(n => Deliveries.Create(Provider, n, now))];

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Deliveries.Configuration(TimeSpan.FromDays(1))).Build();
        _services = new ServiceCollection().AddLogging().AddWebhooks(configuration).Services.BuildServiceProvider();
        _scope = _services.CreateScope();

        var registration = _services.GetServices<WebhookHandlerRegistration>().Single(r => r.Provider.Name == Provider);
        var options = _services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>().Get(Provider);
        var verifier = WebhookVerifierFactory.Create(registration.Provider, options, TimeProvider.System);
        var metrics = _services.GetRequiredService<Webhooks.Telemetry.WebhookMetrics>();
        var answers = new WebhookAnswers(Provider, registration.DefaultPath, registration.Provider.NoRetryHeader, metrics, TimeProvider.System, NullLogger.Instance);
        _endpoint = new WebhookEndpoint(
            registration, registration.DefaultPath, options, verifier,
            new InMemoryIdempotencyStore(Options.Create(new InMemoryIdempotencyStoreOptions()), _storeClock),
            queue: null, answers, metrics, TimeProvider.System);

        _requests = [.. _deliveries.Select(Request)];
        // The floor's HMAC as fast as .NET computes one: a keyed context made once and reused (our verifiers keep one per thread).
        _floorHmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Provider == "openai"
            ? Convert.FromBase64String(Deliveries.OpenAISecret["whsec_".Length..])
            : Encoding.UTF8.GetBytes(Provider == "stripe" ? Deliveries.StripeSecret : Deliveries.GitHubSecret));

        _endpointWithoutStore = new WebhookEndpoint(
            registration, registration.DefaultPath, options, verifier, new ForgetfulStore(), queue: null, answers, metrics, TimeProvider.System);

        // Every path must accept every delivery, or the comparison means nothing.
        for (var i = 0; i < Count; i++)
        {
            _next = i;
            BenchOpenAIWebhooks.Last = BenchStripeWebhooks.Last = BenchGitHubWebhooks.Last = null;
            Check(Ours() is var status && status == 200, $"our endpoint answered {status}");
            Check((BenchOpenAIWebhooks.Last ?? BenchStripeWebhooks.Last ?? BenchGitHubWebhooks.Last) is not null, "our handler did not run");
            _next = i;
            Check(Floor() is not null, "the floor failed");
            _next = i;
            Check(Seeds() is { } seed && seed is not string, "the seeds' approach rejected or ignored the delivery");
            _next = i;
            CheckPeer();
        }

        _next = 0;
        _storeClock.Advance(PastRetention);
    }

    protected virtual void CheckPeer()
    {
    }

    protected static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException(problem);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _floorHmac.Dispose();
        _scope.Dispose();
        _services.Dispose();
    }

    /// <summary>The floor: the HMAC over the signed bytes (prepared in advance), then source-generated deserialization of the body. Nothing else.</summary>
    [Benchmark(Baseline = true)]
    public object? Floor()
    {
        var delivery = Advance();
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        _floorHmac.AppendData(delivery.SignedBytes);
        _floorHmac.GetHashAndReset(mac);
        return FloorDeserialize(delivery.Body);
    }

    /// <summary>Ours: the whole receive pipeline (size limit, pooled read, verify, event type, idempotency, generated dispatch, deserialize).</summary>
    [Benchmark]
    public int Ours() => Deliver(_endpoint);

    /// <summary>
    /// A diagnostic, not a product path: ours with an idempotency store that remembers nothing, to show what the
    /// in-memory store's bookkeeping costs.
    /// </summary>
    [Benchmark]
    public int OursWithoutStore() => Deliver(_endpointWithoutStore);

    // The request as a server hands it over: headers parsed (Content-Length as the header text a server parses; setting
    // HttpRequest.ContentLength instead would format a new string, 34 B), the body a stream.
    private DefaultHttpContext Request(Delivery delivery)
    {
        var http = new DefaultHttpContext { RequestServices = _scope.ServiceProvider };
        var request = http.Request;
        request.Method = HttpMethods.Post;
        request.Path = delivery.Path;
        request.Body = new MemoryStream(delivery.Body, writable: false);
        request.Headers[HeaderNames.ContentLength] = delivery.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers[name] = value;
        }

        return http;
    }

    private int Deliver(WebhookEndpoint endpoint)
    {
        var http = _requests[_next];
        Advance();
        http.Request.Body.Position = 0;
        http.Response.StatusCode = 0;
        endpoint.HandleAsync(http).GetAwaiter().GetResult();
        return http.Response.StatusCode;
    }

    /// <summary>The seeds' approach: string concatenation, new HMACSHA256, reflection JsonSerializer, a dictionary of delegates.</summary>
    [Benchmark]
    public object? Seeds()
    {
        var delivery = Advance();
        return Webhooks.Benchmarks.Seeds.Handle(Provider, delivery.Header, delivery.Body);
    }

    protected Delivery Advance()
    {
        var delivery = _deliveries[_next];
        if (++_next == Count)
        {
            _next = 0;
            _storeClock.Advance(PastRetention);
        }

        return delivery;
    }

    protected static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(body, typeInfo)!;
}

public class OpenAIDelivery : DeliveryBenchmarks
{
    protected override string Provider => "openai";

    protected override object? FloorDeserialize(ReadOnlySpan<byte> body) => Deserialize(body, WebhookContractsJsonContext.Default.OpenAIEvent);
}

public class StripeDelivery : DeliveryBenchmarks
{
    protected override string Provider => "stripe";

    protected override object? FloorDeserialize(ReadOnlySpan<byte> body) =>
        Deserialize(body, WebhookContractsJsonContext.Default.StripeEventStripePaymentIntent);

    /// <summary>Stripe.net's EventUtility.ConstructEvent, given the body as the string its samples read it into.</summary>
    [Benchmark]
    public object? StripeNet()
    {
        var delivery = Advance();
        return global::Stripe.EventUtility.ConstructEvent(
            Encoding.UTF8.GetString(delivery.Body), delivery.Header("Stripe-Signature"), Deliveries.StripeSecret,
            tolerance: 86400, throwOnApiVersionMismatch: false);
    }

    protected override void CheckPeer()
    {
        _ = StripeNetFor(Current);
    }

    private static object StripeNetFor(Delivery delivery)
    {
        var evt = global::Stripe.EventUtility.ConstructEvent(
            Encoding.UTF8.GetString(delivery.Body), delivery.Header("Stripe-Signature"), Deliveries.StripeSecret,
            tolerance: 86400, throwOnApiVersionMismatch: false);
        Check(evt.Data.Object is global::Stripe.PaymentIntent, "Stripe.net did not read the payment intent");
        return evt;
    }
}

public class GitHubDelivery : DeliveryBenchmarks
{
    protected override string Provider => "github";

    protected override object? FloorDeserialize(ReadOnlySpan<byte> body) => Deserialize(body, WebhookContractsJsonContext.Default.GitHubPushEvent);
}
