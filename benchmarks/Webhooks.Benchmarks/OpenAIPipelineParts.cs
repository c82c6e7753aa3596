using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Configuration;
using Webhooks.Idempotency;
using Webhooks.Pipeline;
using Webhooks.Verification;

namespace Webhooks.Benchmarks;

[MemoryDiagnoser]
/// <summary>Where our OpenAI path spends its time: each stage of the pipeline alone, on one delivery (the store on distinct keys).</summary>
public class OpenAIPipelineParts
{
    private Delivery _d = null!;
    private DefaultHttpContext _http = null!;
    private WebhookSignatureVerifier _verifier = null!;
    private WebhookHandlerRegistration _reg = null!;
    private IServiceProvider _sp = null!;
    private readonly FakeTimeProvider _storeClock = new(DateTimeOffset.UtcNow);
    private InMemoryIdempotencyStore _store = null!;
    private KnownStrings _knownEventTypes = null!;
    private string[] _keys = [];
    private int _i;
    private WebhookContext _ctx;

    [GlobalSetup]
    public void Setup()
    {
        _d = Deliveries.OpenAI(1, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Deliveries.Configuration(TimeSpan.FromDays(1))).Build();
        var services = new ServiceCollection().AddLogging().AddWebhooks(configuration).BuildServiceProvider();
        _sp = services.CreateScope().ServiceProvider;
        _reg = services.GetServices<WebhookHandlerRegistration>().Single(r => r.Provider.Name == "openai");
        var options = services.GetRequiredService<IOptionsMonitor<WebhookProviderOptions>>().Get("openai");
        _verifier = WebhookVerifierFactory.Create(_reg.Provider, options, TimeProvider.System);
        _http = new DefaultHttpContext();
        foreach (var (name, value) in _d.Headers)
        {
            _http.Request.Headers[name] = value;
        }

        _store = new InMemoryIdempotencyStore(Options.Create(new InMemoryIdempotencyStoreOptions()), _storeClock);
        _knownEventTypes = new KnownStrings(_reg.Provider.KnownEvents);
        _keys = [.. Enumerable.Range(0, 1 << 16).Select(i => "msg_" + i)];
        _ctx = new WebhookContext("openai", "batch.completed", "k", null, _http.Request.Headers, _d.Body, default);
    }

    [Benchmark]
    public bool Verify() => _verifier.Verify(_http.Request, _d.Body).IsValid;

    [Benchmark]
    public string? EventType() => JsonValueReader.ReadString(_d.Body, "type", utf8Checked: true, _knownEventTypes);

    [Benchmark]
    public bool Utf8Valid() => System.Text.Unicode.Utf8.IsValid(_d.Body);

    [Benchmark]
    public string? IdempotencyKey() => RequestValueReader.Read(_reg.Provider.IdempotencyKeys[0], _http.Request, _d.Body);

    /// <summary>Claim then mark processed, as for every delivery; every 65,536 keys the store's clock expires them all.</summary>
    [Benchmark]
    public IdempotencyClaim Claim()
    {
        var key = _keys[_i++ & 0xFFFF];
        if (_i % 65536 == 0)
        {
            _storeClock.Advance(DeliveryBenchmarks.PastRetention);
        }

        var claim = _store.TryClaimAsync("openai", key, default).Result;
        _ = _store.MarkProcessedAsync("openai", key, default);
        return claim;
    }

    /// <summary>The generated dispatch: resolve the handler, deserialize (source-generated), call it.</summary>
    [Benchmark]
    public WebhookDispatchResult Dispatch() => _reg.Dispatch(_sp, _ctx).Result;
}
