using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks.Json.Tests.Corpus;

// The payload types both generators describe: every shape the Webhooks generator supports.

public enum OrderStatus
{
    Pending,
    InProgress,
    Shipped,
}

[Flags]
public enum Features
{
    None = 0,
    Gift = 1,
    Express = 2,
}

/// <summary>Settable properties of every supported kind.</summary>
public sealed class Order
{
    public string Id { get; set; } = "";

    public string? Note { get; set; }

    public int Quantity { get; set; }

    public long? Total { get; set; }

    public decimal Price { get; set; }

    public double Ratio { get; set; }

    public float? Score { get; set; }

    public short Small { get; set; }

    public byte Tiny { get; set; }

    public sbyte Signed { get; set; }

    public ushort UShort { get; set; }

    public uint UInt { get; set; }

    public ulong ULong { get; set; }

    public char? Initial { get; set; }

    public bool Paid { get; set; }

    public OrderStatus Status { get; set; }

    public OrderStatus? Previous { get; set; }

    public Features Features { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTime? ShippedAt { get; set; }

    public DateOnly? DueOn { get; set; }

    public TimeOnly? DueAt { get; set; }

    public TimeSpan? Duration { get; set; }

    public Guid Reference { get; set; }

    public Uri? Link { get; set; }

    public Version? ApiVersion { get; set; }

    public JsonElement Raw { get; set; }

    public object? Anything { get; set; }

    public byte[]? Signature { get; set; }

    [JsonPropertyName("customer_ref")]
    public string Customer { get; set; } = "";

    [JsonIgnore]
    public string Secret { get; set; } = "secret";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Maybe { get; set; }

    public string ReadOnly { get; } = "fixed";

    public Line[] Lines { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public IReadOnlyList<Line> History { get; set; } = [];

    public IReadOnlyCollection<int> Counts { get; set; } = [];

    public IEnumerable<Line>? Others { get; set; }

    public IList<Guid> Ids { get; set; } = [];

    public ICollection<string>? Notes { get; set; }

    public HashSet<string> Labels { get; set; } = [];

    public ISet<int>? Numbers { get; set; }

    public Dictionary<string, Line> ByName { get; set; } = [];

    public IDictionary<string, int>? Stock { get; set; }

    public IReadOnlyDictionary<string, decimal> Prices { get; set; } = new Dictionary<string, decimal>();

    public Dictionary<string, List<Line>?>? Groups { get; set; }

    public Order? Parent { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class Line
{
    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public decimal? UnitPrice { get; set; }
}

/// <summary>A positional record: constructor parameters, a default value, an init-only member.</summary>
public sealed record Shipment(string Id, int? Weight, OrderStatus Status = OrderStatus.InProgress)
{
    public string? Carrier { get; init; }

    public IReadOnlyList<string> Stops { get; init; } = [];
}

/// <summary>A class with one constructor, defaults of several kinds, and a settable extra.</summary>
public sealed class Parcel
{
    public Parcel(string id, double weight = 1.5, string? label = null, long count = -3, bool fragile = true, char code = 'x', decimal value = 2.5m, OrderStatus status = OrderStatus.Shipped, int? slot = 7)
    {
        Id = id;
        Weight = weight;
        Label = label;
        Count = count;
        Fragile = fragile;
        Code = code;
        Value = value;
        Status = status;
        Slot = slot;
    }

    public string Id { get; }

    public double Weight { get; }

    public string? Label { get; }

    public long Count { get; }

    public bool Fragile { get; }

    public char Code { get; }

    public decimal Value { get; }

    public OrderStatus Status { get; }

    public int? Slot { get; }

    public string? Note { get; set; }
}

/// <summary><c>required</c>, init-only and <c>[JsonRequired]</c> members.</summary>
public sealed class RequiredMembers
{
    public required string Name { get; init; }

    public required int Count { get; set; }

    public required string? Optional { get; set; }

    public string Defaulted { get; init; } = "default";

    public int? MaybeInit { get; init; } = 5;

    [JsonRequired]
    public string Also { get; set; } = "";
}

public sealed class SetsRequired
{
    [SetsRequiredMembers]
    public SetsRequired() => Name = "unset";

    public required string Name { get; set; }
}

public sealed class Marked
{
    public Marked() => Value = "parameterless";

    [JsonConstructor]
    public Marked(string value, int count) => (Value, Count) = (value, count);

    public string Value { get; }

    public int Count { get; }
}

/// <summary>Constructor parameters that match init-only and required members by name, ignoring case.</summary>
public sealed class CtorAndInit
{
    public CtorAndInit(string name, int size, string tag)
    {
        Name = name;
        Size = size;
        Tag = tag;
    }

    public string Name { get; init; }

    public int Size { get; }

    public required string Tag { get; init; }

    public required string Label { get; init; }

    public string? Extra { get; init; } = "default";
}

public struct Point
{
    public int X { get; set; }

    public int Y { get; set; }

    public string? Label { get; set; }
}

public readonly record struct Size(int Width, int Height);

public class EventBase
{
    public string Id { get; set; } = "";

    public virtual string Type { get; set; } = "";

    public string Shadowed { get; set; } = "";

    public virtual string? Dropped { get; set; }
}

/// <summary>Inheritance, shadowing, fields, <c>[JsonInclude]</c>, order, nullability attributes, number handling.</summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class DerivedEvent : EventBase
{
    public override string Type { get; set; } = "";

    public new int Shadowed { get; set; }

    [JsonIgnore]
    public override string? Dropped { get; set; }

    public string Field = "";

    [JsonInclude]
    public string IncludedField = "";

    [JsonInclude]
    public readonly string ReadOnlyField = "ro";

    [JsonInclude]
    internal string Internal { get; set; } = "";

    public string PrivateSet { get; private set; } = "";

    [JsonPropertyOrder(-1)]
    public string First { get; set; } = "";

    public string @class { get; set; } = "";

    [AllowNull]
    public string AllowsNull { get; set; } = "";

    [DisallowNull]
    public string? DisallowsNull { get; set; }

    [MaybeNull]
    public string MaybeNull { get; set; } = "";

    [NotNull]
    public string? NotNull { get; set; } = "";

    public int Count { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)]
    public double Lenient { get; set; }

    [JsonNumberHandling(JsonNumberHandling.Strict)]
    public int StrictNumber { get; set; }

    [JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
    public List<string> Populated { get; } = ["initial"];

    public List<string> NotPopulated { get; } = ["initial"];
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class Strict
{
    public int A { get; set; }

    public string? B { get; set; }
}

public sealed class WithObjectExtension
{
    public string Id { get; set; } = "";

    [JsonExtensionData]
    public Dictionary<string, object>? Rest { get; set; }
}

public sealed class Page<T>
{
    public List<T> Data { get; set; } = [];

    public T? First { get; set; }

    public bool HasMore { get; set; }
}

/// <summary>Every shape at once, as the root the handlers take.</summary>
public sealed class Envelope
{
    public Shipment? Shipment { get; set; }

    public Parcel? Parcel { get; set; }

    public SetsRequired? SetsRequired { get; set; }

    public Marked? Marked { get; set; }

    public CtorAndInit? CtorAndInit { get; set; }

    public Point Point { get; set; }

    public Point? MaybePoint { get; set; }

    public Size Size { get; set; }

    public Size? MaybeSize { get; set; }

    public Page<Line>? Page { get; set; }

    public Strict? Strict { get; set; }

    public WithObjectExtension? Loose { get; set; }
}

#nullable disable

/// <summary>Declared without nullable annotations: everything counts as nullable.</summary>
public sealed class Oblivious
{
    public Oblivious(string name) => Name = name;

    public string Name { get; }

    public string Note { get; set; }

    public List<string> Items { get; set; }
}

#nullable restore
