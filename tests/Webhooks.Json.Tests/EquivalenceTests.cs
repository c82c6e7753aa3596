using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Webhooks.Generated;
using Webhooks.Json.Tests.Corpus;

namespace Webhooks.Json.Tests;

/// <summary>
/// For each corpus root and each set of options, every document of <see cref="Documents"/> reads to the same value
/// through the metadata the Webhooks generator wrote (<see cref="WebhookPayloadJson"/>) as through System.Text.Json's
/// own source-generated metadata (<see cref="SystemTextJsonContext"/>), and fails on the same documents with the
/// same exception. Values are compared by writing both with the reference metadata.
/// </summary>
public class EquivalenceTests
{
    /// <summary>Options both sides read with; the handlers' own options are the first three.</summary>
    private static readonly Dictionary<string, (JsonNamingPolicy? Policy, Action<JsonSerializerOptions> Configure)> Variants = new()
    {
        ["snake_case"] = (JsonNamingPolicy.SnakeCaseLower, _ => { }),
        ["camelCase"] = (JsonNamingPolicy.CamelCase, _ => { }),
        ["CLR names"] = (null, _ => { }),
        ["snake_case, nullable annotations respected"] = (JsonNamingPolicy.SnakeCaseLower, o => o.RespectNullableAnnotations = true),
        ["camelCase, required constructor parameters"] = (JsonNamingPolicy.CamelCase, o => o.RespectRequiredConstructorParameters = true),
        ["snake_case, case-insensitive names"] = (JsonNamingPolicy.SnakeCaseLower, o => o.PropertyNameCaseInsensitive = true),
        ["snake_case, unmapped members disallowed"] = (JsonNamingPolicy.SnakeCaseLower, o => o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow),
        ["snake_case, numbers from strings"] = (JsonNamingPolicy.SnakeCaseLower, o => o.NumberHandling = JsonNumberHandling.AllowReadingFromString),
        ["snake_case, populate"] = (JsonNamingPolicy.SnakeCaseLower, o => o.PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate),
        ["kebab-case, duplicates disallowed"] = (JsonNamingPolicy.KebabCaseLower, o => o.AllowDuplicateProperties = false),
    };

    private static readonly Dictionary<string, Func<string, Comparison>> Roots = new()
    {
        ["Order"] = variant => Compare(variant, Samples.Order()),
        ["Envelope"] = variant => Compare(variant, Samples.Envelope()),
        ["RequiredMembers"] = variant => Compare(variant, Samples.Required()),
        ["DerivedEvent"] = variant => Compare(variant, Samples.Derived()),
        ["Oblivious"] = variant => Compare(variant, Samples.Oblivious()),
        ["List<Line>"] = variant => Compare(variant, new List<Line> { Samples.Line("a"), Samples.Line("b") }),
        ["Line[]"] = variant => Compare(variant, new[] { Samples.Line("a") }),
        ["Dictionary<string, Line>"] = variant => Compare(variant, new Dictionary<string, Line> { ["one"] = Samples.Line("a") }),
        ["Page<Order>"] = variant => Compare(variant, Samples.Page()),
        ["Point"] = variant => Compare(variant, Samples.Point()),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var root in Roots.Keys)
        {
            foreach (var variant in Variants.Keys)
            {
                cases.Add(root, variant);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_like_System_Text_Json(string root, string variant)
    {
        var comparison = Roots[root](variant);

        Assert.True(comparison.Mismatches.Count == 0, comparison.Describe(root, variant));

        // Not vacuous: the corpus has documents that read and documents that fail, for every root and options.
        Assert.True(comparison.Reads > 0 && comparison.Fails > 0, $"{comparison.Reads} documents read and {comparison.Fails} failed.");
        Assert.Equal(comparison.Reference.Written, comparison.Ours.Written);
    }

    [Fact]
    public void The_handlers_options_are_the_variants_above()
    {
        // The options the dispatch uses: the same results as the first three variants.
        AssertSameAs(WebhookPayloadJson.SnakeCaseLower.Get<Order>(), "snake_case");
        AssertSameAs(WebhookPayloadJson.CamelCase.Get<Order>(), "camelCase");
        AssertSameAs(WebhookPayloadJson.None.Get<Order>(), "CLR names");
        Assert.Same(WebhookPayloadJson.SnakeCaseLower.Get<Order>(), WebhookPayloadJson.SnakeCaseLower.Get<Order>());
        Assert.True(WebhookPayloadJson.SnakeCaseLower.Options.IsReadOnly);

        static void AssertSameAs(JsonTypeInfo<Order> handlers, string variant)
        {
            var reference = ReferenceOptions(variant).GetTypeInfo(typeof(Order));
            foreach (var (name, json) in Documents.From(JsonSerializer.Serialize(Samples.Order(), reference)).Take(200))
            {
                Assert.True(Outcome(json, handlers, (JsonTypeInfo<Order>)reference) == Outcome(json, (JsonTypeInfo<Order>)reference, (JsonTypeInfo<Order>)reference), name);
            }
        }
    }

    [Fact]
    public void Enums_are_strings_in_the_providers_naming_policy()
    {
        var snake = JsonSerializer.Deserialize("""{"status":"in_progress","previous":"Shipped","raw":null}""", WebhookPayloadJson.SnakeCaseLower.Get<Order>())!;
        Assert.Equal(OrderStatus.InProgress, snake.Status);
        Assert.Equal(OrderStatus.Shipped, snake.Previous);
        Assert.Contains("\"status\":\"in_progress\"", JsonSerializer.Serialize(snake, WebhookPayloadJson.SnakeCaseLower.Get<Order>()));

        var camel = JsonSerializer.Deserialize("""{"status":"inProgress"}""", WebhookPayloadJson.CamelCase.Get<Order>())!;
        Assert.Equal(OrderStatus.InProgress, camel.Status);
    }

    private static JsonSerializerOptions OurOptions(string variant) =>
        Configure(variant, new JsonSerializerOptions { TypeInfoResolver = WebhookPayloadJson.TypeInfoResolver });

    private static JsonSerializerOptions ReferenceOptions(string variant)
    {
        // System.Text.Json's generator reads enums as strings with an options converter; ours with the naming policy.
        var options = Configure(variant, new JsonSerializerOptions { TypeInfoResolver = SystemTextJsonContext.Default });
        options.Converters.Add(new JsonStringEnumConverter(options.PropertyNamingPolicy));
        return options;
    }

    private static JsonSerializerOptions Configure(string variant, JsonSerializerOptions options)
    {
        var (policy, configure) = Variants[variant];
        options.PropertyNamingPolicy = policy;
        configure(options);
        return options;
    }

    private static Comparison Compare<T>(string variant, T sample)
    {
        var ours = (JsonTypeInfo<T>)OurOptions(variant).GetTypeInfo(typeof(T));
        var reference = (JsonTypeInfo<T>)ReferenceOptions(variant).GetTypeInfo(typeof(T));
        var valid = JsonSerializer.Serialize(sample, reference);
        var comparison = new Comparison(
            new Side(JsonSerializer.Serialize(sample, ours)),
            new Side(valid));

        foreach (var (name, json) in Documents.From(valid))
        {
            var expected = Outcome(json, reference, reference);
            var actual = Outcome(json, ours, reference);
            if (expected != actual)
            {
                comparison.Mismatches.Add((name, json, actual, expected));
            }

            if (expected.StartsWith("reads", StringComparison.Ordinal))
            {
                comparison.Reads++;
            }
            else
            {
                comparison.Fails++;
            }
        }

        return comparison;
    }

    /// <summary>What reading <paramref name="json"/> gives: the value written back with the reference, or the exception.</summary>
    private static string Outcome<T>(string json, JsonTypeInfo<T> read, JsonTypeInfo<T> write)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, read);
        }
        catch (Exception exception)
        {
            return $"throws {exception.GetType().Name}: {exception.Message}";
        }

        try
        {
            return "reads " + JsonSerializer.Serialize(value!, write);
        }
        catch (Exception exception)
        {
            return $"reads, but writing it back throws {exception.GetType().Name}: {exception.Message}";
        }
    }

    private sealed record Side(string Written);

    private sealed record Comparison(Side Ours, Side Reference)
    {
        public List<(string Name, string Json, string Ours, string Reference)> Mismatches { get; } = [];

        public int Reads { get; set; }

        public int Fails { get; set; }

        public string Describe(string root, string variant)
        {
            var text = new StringBuilder($"{Mismatches.Count} of {Reads + Fails} documents read differently for {root} with {variant}:\n");
            foreach (var (name, json, ours, reference) in Mismatches.Take(5))
            {
                text.Append($"\n{name}\n  json:      {Shorten(json)}\n  generated: {Shorten(ours)}\n  reference: {Shorten(reference)}\n");
            }

            return text.ToString();
        }

        private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;
    }
}
