using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Octokit.Webhooks;
using Octokit.Webhooks.AspNetCore;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
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

    /// <summary>The floor's keyed HMAC context, for a peer's floor variant.</summary>
    protected IncrementalHash FloorHmac => _floorHmac;

    /// <summary>The current delivery's prepared request (headers parsed, as a server hands them over).</summary>
    protected DefaultHttpContext CurrentRequest => _requests[_next];

    protected IServiceProvider RequestServices => _scope.ServiceProvider;

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _deliveries = [.. Enumerable.Range(0, Count).Select(n => Deliveries.Create(Provider, n, now))];

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Deliveries.Configuration(TimeSpan.FromDays(1))).Build();
        var services = new ServiceCollection().AddLogging().AddWebhooks(configuration).Services;
        AddPeerServices(services);
        _services = services.BuildServiceProvider();
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
        SetupPeer();

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

    /// <summary>Registers what a peer resolves from the request's services (they are ours, shared by every path).</summary>
    protected virtual void AddPeerServices(IServiceCollection services)
    {
    }

    protected virtual void SetupPeer()
    {
    }

    protected virtual void CheckPeer()
    {
    }

    protected virtual void CleanupPeer()
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
        CleanupPeer();
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
    protected DefaultHttpContext Request(Delivery delivery)
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
        var http = NextRequest();
        endpoint.HandleAsync(http).GetAwaiter().GetResult();
        return http.Response.StatusCode;
    }

    /// <summary>A peer's endpoint on the same prepared requests as ours.</summary>
    protected int Deliver(RequestDelegate endpoint)
    {
        var http = NextRequest();
        endpoint(http).GetAwaiter().GetResult();
        return http.Response.StatusCode;
    }

    private DefaultHttpContext NextRequest()
    {
        var http = _requests[_next];
        Advance();
        http.Request.Body.Position = 0;
        http.Response.StatusCode = 0;
        return http;
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

    protected static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }

    protected static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(body, typeInfo)!;
}

public class OpenAIDelivery : DeliveryBenchmarks
{
    // Keyed once, as a singleton would be; StandardWebhookFactory.CreateWebhook would decode the key again per request.
    // Its tolerance is a fixed 5 minutes against DateTimeOffset.UtcNow: each benchmark's set-up signs its deliveries anew.
    private readonly StandardWebhook _standardWebhook = new(Deliveries.OpenAISecret);

    protected override string Provider => "openai";

    protected override object? FloorDeserialize(ReadOnlySpan<byte> body) => Deserialize(body, WebhookContractsJsonContext.Default.OpenAIEvent);

    /// <summary>
    /// StandardWebhooks 1.1.2 as its README uses it: the body as a string (Verify takes a string), Verify against the
    /// request's headers (it throws when the delivery is not genuine), then the same source-generated deserialization
    /// as the floor's, from that string.
    /// </summary>
    [Benchmark]
    public object? StandardWebhooksVerify()
    {
        var headers = CurrentRequest.Request.Headers;
        var payload = Encoding.UTF8.GetString(Advance().Body);
        _standardWebhook.Verify(payload, headers);
        return JsonSerializer.Deserialize(payload, WebhookContractsJsonContext.Default.OpenAIEvent);
    }

    protected override void CheckPeer()
    {
        var headers = CurrentRequest.Request.Headers;
        var body = Current.Body;
        Check(StandardWebhooksVerify() is OpenAIEvent { Type: "batch.completed" }, "StandardWebhooks did not read the event");
        var tampered = Encoding.UTF8.GetString(body).Replace("batch_abc123", "batch_abc124", StringComparison.Ordinal);
        Check(Throws<WebhookVerificationException>(() => _standardWebhook.Verify(tampered, headers)), "StandardWebhooks accepted a tampered body");
    }
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
    private WebApplication _octokitApp = null!;
    private RequestDelegate _octokitEndpoint = null!;
    private WebhookEventProcessor _octokitProcessor = null!;

    protected override string Provider => "github";

    protected override object? FloorDeserialize(ReadOnlySpan<byte> body) => Deserialize(body, WebhookContractsJsonContext.Default.GitHubPushEvent);

    /// <summary>
    /// Octokit.Webhooks.AspNetCore 4.2.3 per request: the very request delegate <c>MapGitHubWebhooks</c> registers, run
    /// on the same prepared request as ours (content type and event header checks, the body read into a pooled buffer,
    /// <c>WebhookSignatureValidator.Verify</c>, the processor resolved from the request's services, its source-generated
    /// deserialization and the <c>push</c> override).
    /// </summary>
    [Benchmark]
    public int OctokitEndpoint() => Deliver(_octokitEndpoint);

    /// <summary>
    /// A diagnostic, not a product path: the floor with Octokit's model instead of ours (the same HMAC, then
    /// <c>PushEvent</c> through the source-generated options its processor uses), to tell its model's cost from its plumbing's.
    /// Octokit's model names almost every member GitHub sends and skips the rest; our contract keeps the members it
    /// doesn't name (<c>AdditionalProperties</c>), which the floor pays for too.
    /// </summary>
    [Benchmark]
    public object? FloorOctokitModel()
    {
        var body = Advance().Body;
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        FloorHmac.AppendData(body);
        FloorHmac.GetHashAndReset(mac);
        return JsonSerializer.Deserialize(body, OctokitPushTypeInfo);
    }

    // The options Octokit's processor deserializes with (WebhookConverter.DefaultSerializerOptions, internal: read once by reflection).
    private static readonly JsonTypeInfo OctokitPushTypeInfo =
        ((JsonSerializerOptions)typeof(WebhookEventProcessor).Assembly.GetType("Octokit.Webhooks.Converter.WebhookConverter", throwOnError: true)!
            .GetProperty("DefaultSerializerOptions", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!
            .GetValue(null)!).GetTypeInfo(typeof(global::Octokit.Webhooks.Events.PushEvent));

    /// <summary>
    /// Octokit.Webhooks' public pieces without the endpoint, on the body bytes as the floor has them:
    /// <c>WebhookSignatureValidator.Verify</c>, then <c>WebhookEventProcessor.ProcessWebhookAsync</c> on the bytes.
    /// </summary>
    [Benchmark]
    public object? OctokitVerifyAndProcess()
    {
        var headers = CurrentRequest.Request.Headers;
        var body = Advance().Body;
        if (WebhookSignatureValidator.Verify(headers["X-Hub-Signature-256"].ToString(), Deliveries.GitHubSecret, body) != WebhookSignatureValidationResult.Valid)
        {
            return null;
        }

        _octokitProcessor.ProcessWebhookAsync(headers, body).GetAwaiter().GetResult();
        return OctokitPushProcessor.Last;
    }

    protected override void AddPeerServices(IServiceCollection services) =>
        services.AddSingleton<WebhookEventProcessor, OctokitPushProcessor>(); // as Octokit's samples register it

    protected override void SetupPeer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _octokitApp = builder.Build();
        _octokitApp.MapGitHubWebhooks("/webhooks/github", Deliveries.GitHubSecret);
        _octokitEndpoint = ((IEndpointRouteBuilder)_octokitApp).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Single().RequestDelegate!;
        _octokitProcessor = RequestServices.GetRequiredService<WebhookEventProcessor>();
    }

    protected override void CheckPeer()
    {
        var delivery = Current;
        OctokitPushProcessor.Last = null;
        Check(OctokitEndpoint() is var status && status == 200, $"Octokit's endpoint answered {status}");
        Check(OctokitPushProcessor.Last is global::Octokit.Webhooks.Events.PushEvent { Ref: "refs/heads/main" }, "Octokit's push handler did not run");
        OctokitPushProcessor.Last = null;
        Check(OctokitVerifyAndProcess() is global::Octokit.Webhooks.Events.PushEvent, "Octokit's validator and processor did not handle the push");
        Check(FloorOctokitModel() is global::Octokit.Webhooks.Events.PushEvent, "the floor with Octokit's model did not read the push");

        // A tampered body with the genuine signature: Octokit's endpoint must answer 400 and not run the handler.
        var tampered = Request(delivery with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body).Replace("octocat", "octokat", StringComparison.Ordinal)) });
        OctokitPushProcessor.Last = null;
        _octokitEndpoint(tampered).GetAwaiter().GetResult();
        Check(tampered.Response.StatusCode == 400 && OctokitPushProcessor.Last is null, $"Octokit's endpoint answered {tampered.Response.StatusCode} to a tampered body");
    }

    protected override void CleanupPeer() => ((IDisposable)_octokitApp).Dispose();
}
