using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Infrastructure;
using Webhooks.Pipeline;
using Webhooks.Verification;

namespace Webhooks.Benchmarks;

/// <summary>Where our time goes: each stage of the pipeline alone, on one delivery of each provider (the store on distinct keys).</summary>
[MemoryDiagnoser]
public class PipelineParts
{
    private Delivery _d = null!;
    private DefaultHttpContext _http = null!;
    private WebhookSignatureVerifier _verifier = null!;
    private WebhookHandlerRegistration _reg = null!;
    private IServiceProvider _sp = null!;
    private readonly ShiftedClock _storeClock = new();
    private InMemoryIdempotencyStore _store = null!;
    private KnownStrings _knownEventTypes = null!;
    private string[] _keys = [];
    private int _i;
    private WebhookContext _ctx;

    [Params("openai", "stripe", "github")]
    public string Provider { get; set; } = "openai";

    [GlobalSetup]
    public void Setup()
    {
        _d = Deliveries.Create(Provider, 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Deliveries.Configuration(TimeSpan.FromDays(1))).Build();
        var services = new ServiceCollection().AddLogging().AddWebhooks(configuration).Services.BuildServiceProvider();
        _sp = services.CreateScope().ServiceProvider;
        _reg = services.GetServices<WebhookHandlerRegistration>().Single(r => r.Provider.Name == Provider);
        var options = services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>().Get(Provider);
        _verifier = WebhookVerifierFactory.Create(_reg.Provider, options, TimeProvider.System);
        _http = new DefaultHttpContext();
        foreach (var (name, value) in _d.Headers)
        {
            _http.Request.Headers[name] = value;
        }

        _store = new InMemoryIdempotencyStore(Options.Create(new InMemoryIdempotencyStoreOptions()), _storeClock);
        _knownEventTypes = new KnownStrings(_reg.Provider.KnownEvents);
        _keys = [.. Enumerable.Range(0, 1 << 16).Select(i => $"evt_3MtwBwLkdIwHu7ix{i:D8}")];
        var eventType = EventType() ?? throw new InvalidOperationException("no event type");
        _ctx = new WebhookContext(Provider, eventType, IdempotencyKey(), null, _http.Request.Headers, _d.Body, default);
    }

    /// <summary>Signature verification: headers, signed content, HMAC, constant-time comparison, tolerance.</summary>
    [Benchmark]
    public bool Verify() => _verifier.Verify(_http.Request, _d.Body).IsValid;

    [Benchmark]
    public bool Utf8Valid() => System.Text.Unicode.Utf8.IsValid(_d.Body);

    /// <summary>The event type, from a header or by a JSON pass that stops at it (Stripe's comes last).</summary>
    [Benchmark]
    public string? EventType() => RequestValueReader.Read(_reg.Provider.EventType, _http.Request, _d.Body, utf8Checked: true, _knownEventTypes);

    /// <summary>The idempotency key, from a header or in place in the body.</summary>
    [Benchmark]
    public WebhookDeliveryKey IdempotencyKey() => RequestValueReader.ReadKey(_reg.Provider.IdempotencyKeys, _http.Request, _d.Body, utf8Checked: true);

    /// <summary>Claim then mark processed, as for every delivery; every 65,536 keys the store's clock expires them all.</summary>
    [Benchmark]
    public IdempotencyClaim Claim()
    {
        var key = _keys[_i++ & 0xFFFF];
        if (_i % 65536 == 0)
        {
            _storeClock.Advance(DeliveryBenchmarks.PastRetention);
        }

        var claim = _store.TryClaimAsync(Provider, key, default).Result;
        _ = _store.MarkProcessedAsync(Provider, key, default);
        return claim;
    }

    /// <summary>The generated dispatch: resolve the handler, deserialize (source-generated), call it.</summary>
    [Benchmark]
    public WebhookDispatchResult Dispatch() => _reg.Dispatch(_sp, _ctx).Result;
}
