using Webhooks.Json.Tests.Corpus;

namespace Webhooks.Json.Tests;

// Handler classes whose payloads are the corpus types: the Webhooks generator writes their metadata into
// Webhooks.Generated.WebhookPayloadJson of this assembly. Each records what it received for DispatchTests.

/// <summary>A snake_case provider: every corpus root.</summary>
[WebhookProvider("openai")]
public partial class SnakeHandlers(Received received)
{
    [OnEvent("order")]
    public void OnOrder(Order order) => received.Add(order);

    [OnEvent("envelope")]
    public void OnEnvelope(Envelope envelope) => received.Add(envelope);

    [OnEvent("required")]
    public void OnRequired(RequiredMembers required) => received.Add(required);

    [OnEvent("derived")]
    public void OnDerived(DerivedEvent derived) => received.Add(derived);

    [OnEvent("oblivious")]
    public void OnOblivious(Oblivious oblivious) => received.Add(oblivious);

    [OnEvent("lines")]
    public void OnLines(List<Line> lines) => received.Add(lines);

    [OnEvent("line-array")]
    public void OnLineArray(Line[] lines) => received.Add(lines);

    [OnEvent("line-map")]
    public void OnLineMap(Dictionary<string, Line> lines) => received.Add(lines);

    [OnEvent("page")]
    public void OnPage(Page<Order> page) => received.Add(page);

    [OnEvent("point")]
    public void OnPoint(Point point) => received.Add(point);

    [OnEvent("raw-text")]
    public void OnText(string body) => received.Add(body);

    [OnEvent("raw-bytes")]
    public void OnBytes(ReadOnlyMemory<byte> body) => received.Add(body.ToArray());

    [OnEvent("typed-and-raw")]
    public Task OnTypedAndRaw(Line line, string body, WebhookContext context, CancellationToken ct)
    {
        received.Add(line);
        received.Add(body);
        return Task.CompletedTask;
    }
}

/// <summary>A camelCase provider.</summary>
[WebhookProvider("vercel")]
public partial class CamelHandlers(Received received)
{
    [OnEvent("order")]
    public void OnOrder(Order order) => received.Add(order);

    [OnEvent("envelope")]
    public void OnEnvelope(Envelope envelope) => received.Add(envelope);
}

/// <summary>A provider whose payloads keep the CLR names.</summary>
[WebhookProvider("twilio")]
public partial class PlainHandlers(Received received)
{
    [OnEvent("order")]
    public void OnOrder(Order order) => received.Add(order);
}

/// <summary>What the handlers were given, in order.</summary>
public sealed class Received : List<object>;
