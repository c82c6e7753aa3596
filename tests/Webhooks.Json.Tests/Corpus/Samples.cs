using System.Text.Json;

namespace Webhooks.Json.Tests.Corpus;

/// <summary>
/// A fully populated value of each corpus root. Serialized with the reference metadata under a test's options, it
/// is the valid document that the test then breaks member by member.
/// </summary>
public static class Samples
{
    public static Line Line(string sku) => new() { Sku = sku, Quantity = 2, UnitPrice = 9.99m };

    public static Order Order() => new()
    {
        Id = "ord_1",
        Note = "leave at the door",
        Quantity = 3,
        Total = 4200,
        Price = 12.5m,
        Ratio = 0.25,
        Score = 1.5f,
        Small = -7,
        Tiny = 200,
        Signed = -100,
        UShort = 60000,
        UInt = 4000000000,
        ULong = 18000000000000000000,
        Initial = 'Q',
        Paid = true,
        Status = OrderStatus.InProgress,
        Previous = OrderStatus.Pending,
        Features = Features.Gift | Features.Express,
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
        ShippedAt = new DateTime(2025, 1, 3, 0, 0, 0, DateTimeKind.Utc),
        DueOn = new DateOnly(2025, 2, 1),
        DueAt = new TimeOnly(13, 30),
        Duration = TimeSpan.FromMinutes(90),
        Reference = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Link = new Uri("https://example.com/orders/1"),
        ApiVersion = new Version(2, 1),
        Raw = JsonDocument.Parse("""{"any":["json",1,true,null]}""").RootElement.Clone(),
        Anything = "something",
        Signature = [1, 2, 3, 255],
        Customer = "cus_9",
        Maybe = "maybe",
        Lines = [Line("a"), Line("b")],
        Tags = ["red", "blue"],
        History = [Line("h")],
        Counts = [1, 2, 3],
        Others = [Line("o")],
        Ids = [Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7")],
        Notes = ["n1"],
        Labels = ["x", "y"],
        Numbers = new HashSet<int> { 4, 5 },
        ByName = new() { ["first"] = Line("f") },
        Stock = new Dictionary<string, int> { ["a"] = 1 },
        Prices = new Dictionary<string, decimal> { ["a"] = 1.25m },
        Groups = new() { ["g"] = [Line("g")], ["empty"] = null },
        Parent = new Order { Id = "ord_0", Customer = "cus_0", Raw = JsonDocument.Parse("null").RootElement.Clone() },
        Extra = new() { ["unknown_member"] = JsonDocument.Parse("42").RootElement.Clone() },
    };

    public static RequiredMembers Required() => new()
    {
        Name = "required",
        Count = 2,
        Optional = null,
        Defaulted = "set",
        MaybeInit = 9,
        Also = "also",
    };

    public static DerivedEvent Derived()
    {
        var derived = new DerivedEvent
        {
            Id = "evt_1",
            Type = "derived",
            Shadowed = 5,
            Field = "field",
            IncludedField = "included",
            Internal = "internal",
            First = "first",
            @class = "keyword",
            AllowsNull = "allows",
            DisallowsNull = "disallows",
            MaybeNull = "maybe",
            NotNull = "not null",
            Count = 3,
            Lenient = 2.5,
            StrictNumber = 4,
        };
        ((EventBase)derived).Shadowed = "base shadowed";
        derived.Populated.Add("added");
        derived.NotPopulated.Add("added");
        return derived;
    }

    public static Envelope Envelope() => new()
    {
        Shipment = new Shipment("shp_1", 12, OrderStatus.Shipped) { Carrier = "ups", Stops = ["a", "b"] },
        Parcel = new Parcel("prc_1", 2.0, "label", 4, false, 'y', 3.5m, OrderStatus.Pending, null) { Note = "note" },
        SetsRequired = new SetsRequired { Name = "named" },
        Marked = new Marked("marked", 3),
        CtorAndInit = new CtorAndInit("named", 4, "tag") { Tag = "tag", Label = "label", Extra = "extra" },
        Point = new Point { X = 1, Y = 2, Label = "p" },
        MaybePoint = new Point { X = 3, Y = 4 },
        Size = new Size(5, 6),
        MaybeSize = new Size(7, 8),
        Page = new Page<Line> { Data = [Line("p1")], First = Line("p0"), HasMore = true },
        Strict = new Strict { A = 1, B = "b" },
        Loose = new WithObjectExtension { Id = "loose", Rest = new() { ["more"] = "text" } },
    };

    public static Oblivious Oblivious() => new("oblivious") { Note = "note", Items = ["i"] };

    public static Page<Order> Page() => new() { Data = [Order()], First = Order(), HasMore = false };

    public static Point Point() => new() { X = 10, Y = 20, Label = "here" };
}
