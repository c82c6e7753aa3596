using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Json.Tests.Corpus;

namespace Webhooks.Json.Tests;

/// <summary>The generated dispatch of the handler classes reads each payload with the metadata the generator chose.</summary>
public class DispatchTests
{
    private readonly Received _received = new();
    private readonly ServiceProvider _services;

    public DispatchTests()
    {
        _services = new ServiceCollection()
            .AddSingleton(_received)
            .AddTransient<SnakeHandlers>()
            .AddTransient<CamelHandlers>()
            .AddTransient<PlainHandlers>()
            .AddTransient<ShapeHandlers>()
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Reads_the_providers_naming_policy()
    {
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "order", """{"id":"o1","quantity":3,"created_at":"2025-01-02T03:04:05Z","status":"in_progress","customer_ref":"c","raw":1}"""));
        await CamelHandlers.DispatchWebhookAsync(_services, Context("vercel", "order", """{"id":"o2","quantity":4,"createdAt":"2025-01-02T03:04:05Z","status":"shipped","raw":2}"""));
        await PlainHandlers.DispatchWebhookAsync(_services, Context("twilio", "order", """{"Id":"o3","Quantity":5,"raw":3}"""));

        var orders = _received.Cast<Order>().ToList();
        Assert.Equal(["o1", "o2", "o3"], orders.Select(o => o.Id));
        Assert.Equal([3, 4, 5], orders.Select(o => o.Quantity));
        Assert.Equal(OrderStatus.InProgress, orders[0].Status);
        Assert.Equal("c", orders[0].Customer);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), orders[1].CreatedAt);
        Assert.Equal(OrderStatus.Shipped, orders[1].Status);
    }

    [Fact]
    public async Task Reads_records_structs_and_collections()
    {
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "envelope", """{"shipment":{"id":"s","weight":null},"point":{"x":1,"y":2},"maybe_size":{"width":3,"height":4}}"""));
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "lines", """[{"sku":"a","quantity":1},{"sku":"b","quantity":2}]"""));
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "point", """{"x":7,"y":8}"""));

        var envelope = Assert.IsType<Envelope>(_received[0]);
        Assert.Equal(("s", (int?)null, OrderStatus.InProgress), (envelope.Shipment!.Id, envelope.Shipment.Weight, envelope.Shipment.Status));
        Assert.Null(envelope.Shipment.Stops); // an init-only member missing from the JSON is set to its default, as with System.Text.Json's generator
        Assert.Equal(2, envelope.Point.Y);
        Assert.Equal(new Size(3, 4), envelope.MaybeSize);
        Assert.Equal(["a", "b"], Assert.IsType<List<Line>>(_received[1]).Select(l => l.Sku));
        Assert.Equal(8, Assert.IsType<Point>(_received[2]).Y);
    }

    [Fact]
    public async Task Raw_body_as_text_and_bytes()
    {
        const string Body = """{"sku":"raw","quantity":1}""";
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "raw-text", Body));
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "raw-bytes", Body));
        await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "typed-and-raw", Body));

        Assert.Equal(Body, _received[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(Body), _received[1]);
        Assert.Equal("raw", Assert.IsType<Line>(_received[2]).Sku);
        Assert.Equal(Body, _received[3]);
    }

    [Fact]
    public async Task Malformed_payloads_fail_the_delivery_with_a_payload_exception()
    {
        // The pipeline answers WebhookPayloadException with 400.
        var wrongType = await Assert.ThrowsAsync<WebhookPayloadException>(async () =>
            await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "order", """{"quantity":"three"}""")));
        Assert.Contains("$.quantity", wrongType.Message);
        await Assert.ThrowsAsync<WebhookPayloadException>(async () =>
            await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "order", "null")));
        await Assert.ThrowsAsync<WebhookPayloadException>(async () =>
            await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "required", """{"name":"n"}""")));
        await Assert.ThrowsAsync<WebhookPayloadException>(async () =>
            await SnakeHandlers.DispatchWebhookAsync(_services, Context("openai", "raw-text", [0x7B, 0xFF, 0x7D])));
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Own_context_reads_what_the_generator_cannot()
    {
        await ShapeHandlers.DispatchWebhookAsync(_services, Context("openai", "shape.drawn", """{"id":"d1","shape":{"kind":"circle","radius":2.5}}"""));

        var drawn = Assert.IsType<ShapeDrawn>(Assert.Single(_received));
        Assert.Equal(new Circle(2.5), drawn.Shape);
    }

    private static WebhookContext Context(string provider, string eventType, string body) =>
        Context(provider, eventType, Encoding.UTF8.GetBytes(body));

    private static WebhookContext Context(string provider, string eventType, byte[] body) =>
        new(provider, eventType, null, null, new HeaderDictionary(), body, CancellationToken.None);
}
