using System.Text;
using System.Text.Json;
using Webhooks.Pipeline;

namespace Webhooks.Runtime.Tests.Pipeline;

/// <summary>
/// Reading a top-level member from the end of the body (Stripe's <c>type</c> comes last): it finds what a forward read
/// finds on well-formed JSON, and gives up, leaving the forward read to decide, on anything else.
/// </summary>
public sealed class JsonTailReaderTests
{
    private static string? Tail(string json, string name = "type") =>
        JsonTailReader.TryFind(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetBytes(name), out var value, out var escaped)
            ? (escaped ? "escaped:" : "") + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json)[value])
            : null;

    [Theory]
    [InlineData("""{"id":"evt_1","data":{"object":{"type":"inner"}},"type":"payment_intent.succeeded"}""")]
    [InlineData("""{"type":"payment_intent.succeeded"}""")]
    [InlineData("{\n  \"data\": {},\n  \"type\" :\t\"payment_intent.succeeded\"\r\n}\n")]
    [InlineData("""{"data":[1],"type":"payment_intent.succeeded","livemode":false,"pending_webhooks":-1.5E+3,"request":null}""")]
    [InlineData("""{"data":{},"x":"a \" } , \"type\": \"no\"","type":"payment_intent.succeeded"}""")]
    public void A_member_among_the_last_is_found(string json) => Assert.Equal("payment_intent.succeeded", Tail(json));

    [Fact]
    public void Quotes_after_an_even_run_of_backslashes_end_the_string() =>
        Assert.Equal("x", Tail("""{"a":"ends with a backslash \\","type":"x"}"""));

    // Read backwards, the end of this string looks like a "type" member; only counting backslashes tells it isn't.
    [Fact]
    public void A_string_that_mimics_members_is_read_as_one_string() =>
        Assert.Equal("real", Tail("""{"type":"real","note":"x\",\"type\":\"fake"}"""));

    [Fact]
    public void An_escaped_value_is_found_and_marked_escaped() =>
        Assert.Equal("""escaped:pay\"ment""", Tail("""{"type":"pay\"ment"}"""));

    // The forward read would throw at "tru"; the tail never reads that far, which is the point.
    [Fact]
    public void The_tail_is_read_without_crossing_the_body() =>
        Assert.Equal("x", Tail("""{"a": tru, "data":{}, "type":"x"}"""));

    [Theory]
    [InlineData("""{"type":"x","data":{"a":1}}""")]          // an object after it
    [InlineData("""{"type":"x","list":[1,2]}""")]            // an array after it
    [InlineData("""{"data":{"type":"inner"}}""")]            // only nested
    [InlineData("""{"a":"b","c":1}""")]                      // absent: the forward read confirms
    [InlineData("""{"type":7}""")]                           // not a string
    [InlineData("""{"ty\u0070e":"x"}""")]                    // an escaped name (the forward read unescapes it)
    [InlineData("""[{"type":"x"}]""")]                       // not an object
    [InlineData("""{"type":"x"} trailing""")]                // malformed where it reads
    [InlineData("""{"type":"x",}""")]
    [InlineData("""{"type" "x"}""")]
    [InlineData("""{type:"x"}""")]
    [InlineData("""}""")]
    [InlineData("")]
    public void Anything_else_is_left_to_the_forward_read(string json) => Assert.Null(Tail(json));

    [Fact]
    public void A_raw_control_character_in_the_value_is_left_to_the_forward_read() =>
        Assert.Null(Tail("{\"type\":\"x\ty\"}"));

    // Random well-formed objects (nesting, escapes, whitespace, numbers, literals, the member anywhere or nowhere, with
    // any kind of value): the reader as the pipeline uses it (tail, then forward) agrees with JsonDocument every time.
    [Fact]
    public void On_random_well_formed_JSON_the_pipelines_read_agrees_with_JsonDocument()
    {
        var random = new Random(20261122);
        for (var n = 0; n < 5000; n++)
        {
            var json = RandomObject(random, depth: 0, withType: true);
            var bytes = Encoding.UTF8.GetBytes(json);

            var expected = JsonDocument.Parse(bytes).RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;

            Assert.True(expected == JsonValueReader.ReadString(bytes, "type"), json);
        }
    }

    private static string RandomObject(Random random, int depth, bool withType)
    {
        var names = new List<string>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            names.Add("m" + i);
        }

        if (withType && random.Next(4) > 0)
        {
            names.Insert(random.Next(names.Count + 1), random.Next(8) == 0 ? "ty\\u0070e" : "type");
        }

        var members = names.Select(name => $"{Space(random)}\"{name}\"{Space(random)}:{Space(random)}{RandomValue(random, depth)}{Space(random)}");
        return "{" + string.Join(",", members) + Space(random) + "}";
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth < 3 ? 9 : 6) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.Next(3) switch { 0 => "-12", 1 => "3.5e+2", _ => "0.25E-1" },
        3 or 4 or 5 => RandomString(random),
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => RandomValue(random, depth + 1))) + "]",
        _ => RandomObject(random, depth + 1, withType: random.Next(2) == 0),
    };

    private static string RandomString(Random random)
    {
        // Escaped quotes and backslashes, and a piece that reads like the end of a "type" member when read backwards.
        string[] pieces = ["a", "type", "\\\"", "\\\\", "\\u0041", "\\n", "}", "{", ",", ":", "[", "é", " ", "\\\",\\\"type\\\":\\\""];
        return "\"" + string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => pieces[random.Next(pieces.Length)])) + "\"";
    }

    private static string Space(Random random) => random.Next(4) switch { 0 => " ", 1 => "\n  ", _ => "" };
}
