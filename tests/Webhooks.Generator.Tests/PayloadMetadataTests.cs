using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// Golden files of the JSON metadata the generator writes for the user's own payload types
/// (<c>Webhooks.Json.g.cs</c>), shape by shape, and of the dispatch that reads with it.
/// </summary>
public class PayloadMetadataTests
{
    public const string JsonHintName = "Webhooks.Json.g.cs";

    [Fact]
    public void Settable_properties()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Text.Json.Serialization;

            namespace App;

            public enum OrderStatus { Pending, InProgress, Shipped }

            public sealed class OrderPlaced
            {
                public string Id { get; set; } = "";
                public string? Note { get; set; }
                public int Quantity { get; set; }
                public long? Total { get; set; }
                public decimal Price { get; set; }
                public bool Paid { get; set; }
                public OrderStatus Status { get; set; }
                public OrderStatus? PreviousStatus { get; set; }
                public DateTimeOffset CreatedAt { get; set; }
                public DateTime? ShippedAt { get; set; }
                public Guid Reference { get; set; }
                public Uri? Link { get; set; }
                public JsonElement Raw { get; set; }
                [JsonPropertyName("customer_ref")] public string Customer { get; set; } = "";
                [JsonIgnore] public string Secret { get; set; } = "";
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Maybe { get; set; }
                public string ReadOnly { get; } = "fixed";
            }
            """,
            """
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("order.placed")]
                public void OnPlaced(OrderPlaced order) { }
            }
            """);

        Snapshot.Verify(run.Sources);
        Assert.Contains("global::Webhooks.Generated.WebhookPayloadJson.SnakeCaseLower.Get<global::App.OrderPlaced>()", run.Text("App.Handlers.Webhooks.g.cs"));
    }

    [Fact]
    public void Collections_and_nested_types()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Text.Json.Serialization;

            namespace App;

            public sealed class Cart
            {
                public Line[] Lines { get; set; } = [];
                public List<string> Tags { get; set; } = [];
                public IReadOnlyList<Line> History { get; set; } = [];
                public IReadOnlyCollection<int> Counts { get; set; } = [];
                public IEnumerable<Line>? Maybe { get; set; }
                public IList<Guid> Ids { get; set; } = [];
                public HashSet<string> Labels { get; set; } = [];
                public Dictionary<string, Line> ByName { get; set; } = new();
                public IReadOnlyDictionary<string, decimal> Prices { get; set; } = new Dictionary<string, decimal>();
                public Cart? Previous { get; set; }
                public Dictionary<string, List<Line?>?>? Groups { get; set; }
                public byte[]? Signature { get; set; }
                public object? Anything { get; set; }
                [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
            }

            public sealed class Line
            {
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
            }
            """,
            """
            namespace App;

            [WebhookProvider("vercel")]
            public partial class Handlers
            {
                [OnEvent("cart.updated")]
                public Task OnUpdated(Cart cart, CancellationToken ct) => Task.CompletedTask;
            }
            """);

        Snapshot.Verify(run.Sources.Where(s => s.HintName == JsonHintName));
    }

    [Fact]
    public void Constructors_records_and_structs()
    {
        var run = GeneratorHarness.Run("""
            using System.Diagnostics.CodeAnalysis;
            using System.Text.Json.Serialization;

            namespace App;

            public enum Kind { Small, Large }

            public sealed record Shipment(string Id, int? Weight, Kind Kind = Kind.Large)
            {
                public string? Carrier { get; init; }
            }

            public sealed class Parcel
            {
                public Parcel(string id, double weight = 1.5, string? label = null)
                {
                    Id = id;
                    Weight = weight;
                    Label = label;
                }

                public string Id { get; }
                public double Weight { get; }
                public string? Label { get; }
                public string? Note { get; set; }
            }

            public sealed class Required
            {
                public required string Name { get; init; }
                public required int Count { get; set; }
                public string Optional { get; init; } = "default";
                [JsonRequired] public string Also { get; set; } = "";
            }

            public sealed class SetsRequired
            {
                [SetsRequiredMembers]
                public SetsRequired() => Name = "";

                public required string Name { get; set; }
            }

            public sealed class Marked
            {
                public Marked() { }

                [JsonConstructor]
                public Marked(string value) => Value = value;

                public string Value { get; } = "";
            }

            public struct Point
            {
                public int X { get; set; }
                public int Y { get; set; }
            }

            public readonly record struct Size(int Width, int Height);

            public sealed class Envelope
            {
                public Shipment Shipment { get; set; } = null!;
                public Parcel? Parcel { get; set; }
                public Required? Required { get; set; }
                public SetsRequired? SetsRequired { get; set; }
                public Marked? Marked { get; set; }
                public Point Point { get; set; }
                public Size? Size { get; set; }
            }
            """,
            """
            namespace App;

            [WebhookProvider("acme")]
            public partial class Handlers
            {
                [OnEvent("shipment.created")]
                public void OnCreated(Envelope envelope) { }
            }
            """,
            """[assembly: WebhookProviderDefinition("acme", SignatureHeader = "X-Acme-Signature")]""");

        Snapshot.Verify(run.Sources.Where(s => s.HintName == JsonHintName));
    }

    [Fact]
    public void Inheritance_fields_and_attributes()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Text.Json.Serialization;

            namespace App;

            public class EventBase
            {
                public string Id { get; set; } = "";
                public virtual string Type { get; set; } = "";
                public string Shadowed { get; set; } = "";
            }

            [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
            [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
            public class Derived : EventBase
            {
                public override string Type { get; set; } = "";
                public new int Shadowed { get; set; }
                public string Field = "";
                [JsonInclude] public string IncludedField = "";
                [JsonInclude] public readonly string ReadOnlyField = "";
                [JsonInclude] internal string Internal { get; set; } = "";
                public string PrivateSet { get; private set; } = "";
                [JsonPropertyOrder(-1)] public string First { get; set; } = "";
                public string @class { get; set; } = "";
                [AllowNull] public string AllowsNull { get; set; } = "";
                [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)] public double Lenient { get; set; }
                [JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)] public List<string> Items { get; } = [];
            }
            """,
            """
            namespace App;

            [WebhookProvider("twilio")]
            public partial class Handlers
            {
                [OnEvent("message.received")]
                public void OnReceived(Derived evt) { }
            }
            """);

        Snapshot.Verify(run.Sources.Where(s => s.HintName == JsonHintName));
    }

    [Fact]
    public void Generic_types_and_collection_roots()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;

            namespace App;

            public sealed class Page<T>
            {
                public List<T> Data { get; set; } = [];
                public T? First { get; set; }
                public bool HasMore { get; set; }
            }

            public sealed record Item(string Id);

            public sealed record Other(string Id);
            """,
            """
            using System.Collections.Generic;

            namespace App;

            [WebhookProvider("stripe")]
            public partial class Handlers
            {
                [OnEvent("items.listed")]
                public void OnListed(Page<Item> page) { }

                [OnEvent("items.many")]
                public void OnMany(List<Item> items) { }

                [OnEvent("others")]
                public void OnOthers(Other[] others) { }
            }
            """);

        Snapshot.Verify(run.Sources.Where(s => s.HintName == JsonHintName));
    }

    [Fact]
    public void Several_classes_and_policies_share_one_file()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            public sealed class Shared
            {
                public string CreatedAt { get; set; } = "";
            }

            public sealed class OnlyVercel
            {
                public Shared Shared { get; set; } = new();
            }
            """,
            """
            namespace App;

            [WebhookProvider("openai")]
            public partial class OpenAIHandlers
            {
                [OnEvent("a")] public void A(Shared shared) { }
                [OnEvent("b")] public void B(Shared shared, WebhookContext context) { }
            }

            [WebhookProvider("vercel")]
            public partial class VercelHandlers
            {
                [OnEvent("deployment.created")] public void Created(OnlyVercel payload) { }
                [OnAnyEvent] public void Other(Shared shared) { }
            }
            """);

        var json = run.Text(JsonHintName);
        Assert.Single(run.Sources, s => s.HintName == JsonHintName);
        Assert.Equal(1, Occurrences(json, "private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<global::App.Shared> Create_Shared("));
        Assert.Contains("public static class SnakeCaseLower", json);
        Assert.Contains("public static class CamelCase", json);
        Assert.Contains("WebhookPayloadJson.CamelCase.Get<global::App.Shared>()", run.Text("App.VercelHandlers.Webhooks.g.cs"));
        Snapshot.Verify(run.Sources.Where(s => s.HintName == JsonHintName));
    }

    [Fact]
    public void Raw_body_parameters()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            public sealed class Note
            {
                public string Text { get; set; } = "";
            }

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("bytes")]
                public void Bytes(ReadOnlyMemory<byte> body) { }

                [OnEvent("text")]
                public Task Text(string body, CancellationToken ct) => Task.CompletedTask;

                [OnEvent("typed-and-raw")]
                public void Both(Note note, string body, ReadOnlyMemory<byte> bytes, WebhookContext context) { }
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        Assert.Contains("handler.Bytes(context.RawBody);", text);
        Assert.Contains("var text = global::Webhooks.Infrastructure.WebhookPayload.Text(context);", text);
        Snapshot.Verify(run.HandlerSources.Where(s => s.HintName != JsonHintName));
    }

    [Fact]
    public void No_user_payloads_no_file()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("a")] public void A(OpenAIEvent evt) { }
                [OnEvent("c")] public void C(JsonElement body) { }
                [OnEvent("b")] public void B(string body) { }
            }
            """);

        Assert.DoesNotContain(JsonHintName, run.HintNames);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
