using System.Text;
using System.Text.Json;
using Webhooks.Pipeline;

namespace Webhooks.Runtime.Tests.Pipeline;

/// <summary>
/// Reading a top-level member from the start of the body, before the first object or array (OpenAI's <c>type</c>,
/// Stripe's <c>id</c>): it finds what the forward read finds on well-formed JSON, and gives up, leaving the forward
/// read to decide, on anything else.
/// </summary>
public sealed class JsonHeadReaderTests
{
    private static string? Head(string json, string name = "type") =>
        JsonHeadReader.TryFind(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetBytes(name), out var value, out var escaped)
            ? (escaped ? "escaped:" : "") + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json)[value])
            : null;

    [Theory]
    [InlineData("""{"id":"evt_1","object":"event","created_at":1719168000,"type":"batch.completed","data":{"type":"inner"}}""")]
    [InlineData("""{"type":"batch.completed"}""")]
    [InlineData("\n{\n  \"a\" : null ,\n  \"type\" :\t\"batch.completed\"\r\n, \"data\": []}\n")]
    [InlineData("""{"live":false,"n":-1.5E+3,"ok":true,"type":"batch.completed","type":"second"}""")]
    [InlineData("""{"x":"a \" { , \"type\": \"no\"","type":"batch.completed","data":{}}""")]
    [InlineData("""{"x":"ends with a backslash \\","type":"batch.completed"}""")]
    public void A_member_among_the_first_is_found(string json) => Assert.Equal("batch.completed", Head(json));

    [Fact]
    public void An_escaped_value_is_found_and_marked_escaped() =>
        Assert.Equal("""escaped:batch\"completed""", Head("""{"type":"batch\"completed","data":{}}"""));

    // The forward read would throw at "tru"; the head read stops before it, which is the point (deserialization checks it).
    [Fact]
    public void The_head_is_read_without_crossing_the_body() =>
        Assert.Equal("x", Head("""{"type":"x","data":{"a": tru}}"""));

    [Theory]
    [InlineData("""{"data":{"type":"inner"},"type":"x"}""")] // an object before it
    [InlineData("""{"list":[1,2],"type":"x"}""")]            // an array before it
    [InlineData("""{"a":"b","c":1}""")]                      // absent: the forward read confirms
    [InlineData("""{"type":7}""")]                           // not a string
    [InlineData("""{"type":null}""")]
    [InlineData("""{"ty\u0070e":"x","type":"y"}""")]         // an escaped name first (the forward read unescapes it)
    [InlineData("""[{"type":"x"}]""")]                       // not an object
    [InlineData("""{"a":1 "type":"x"}""")]                   // malformed where it reads
    [InlineData("""{"a":1,,"type":"x"}""")]
    [InlineData("""{"type" "x"}""")]
    [InlineData("""{type:"x"}""")]
    [InlineData("""{"type":"x""")]
    [InlineData("""{"type":"x\""")]
    [InlineData("""{"ty""")]
    [InlineData("""{""")]
    [InlineData("")]
    public void Anything_else_is_left_to_the_forward_read(string json) => Assert.Null(Head(json));

    [Fact]
    public void A_raw_control_character_in_the_value_is_left_to_the_forward_read() =>
        Assert.Null(Head("{\"type\":\"x\ty\",\"data\":{}}"));

    // Random well-formed objects: whenever the head read answers, it answers what JsonDocument reads (the first member of
    // that name), and it answers for the shape it is for (the member before any object or array).
    [Fact]
    public void On_random_well_formed_JSON_the_head_read_agrees_with_JsonDocument()
    {
        var random = new Random(20261201);
        var answered = 0;
        for (var n = 0; n < 5000; n++)
        {
            var json = RandomObject(random);
            var bytes = Encoding.UTF8.GetBytes(json);
            if (!JsonHeadReader.TryFind(bytes, "type"u8, out var value, out var escaped))
            {
                continue;
            }

            answered++;
            using var document = JsonDocument.Parse(bytes);
            var first = document.RootElement.EnumerateObject().First(member => member.Name == "type");
            var found = escaped ? JsonSerializer.Deserialize<string>(bytes[(value.Start.Value - 1)..(value.End.Value + 1)]) : Encoding.UTF8.GetString(bytes[value]);
            Assert.True(first.Value.ValueKind == JsonValueKind.String && first.Value.GetString() == found, json);
        }

        Assert.True(answered > 1000, $"the head read answered {answered} of 5000");
    }

    private static string RandomObject(Random random)
    {
        var members = new List<(string Name, string Value)>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            members.Add(("m" + i, RandomValue(random)));
        }

        // Sometimes twice, sometimes escaped, sometimes not a string.
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var name = random.Next(8) == 0 ? "ty\\u0070e" : "type";
            members.Insert(random.Next(members.Count + 1), (name, random.Next(6) == 0 ? RandomValue(random) : RandomString(random)));
        }

        return "{" + string.Join(",", members.Select(m => $"{Space(random)}\"{m.Name}\"{Space(random)}:{Space(random)}{m.Value}{Space(random)}")) + Space(random) + "}";
    }

    private static string RandomValue(Random random) => random.Next(8) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.Next(3) switch { 0 => "-12", 1 => "3.5e+2", _ => "0.25E-1" },
        3 => """{"type":"nested","a":[1,{"b":"c"}]}""",
        4 => """["type",{"type":"in array"}]""",
        _ => RandomString(random),
    };

    private static string RandomString(Random random)
    {
        // Escaped quotes and backslashes, and pieces that read like a member or the end of the object.
        string[] pieces = ["a", "type", "\\\"", "\\\\", "\\u0041", "\\n", "}", "{", ",", ":", "[", "é", " ", "\\\",\\\"type\\\":\\\""];
        return "\"" + string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => pieces[random.Next(pieces.Length)])) + "\"";
    }

    private static string Space(Random random) => random.Next(4) switch { 0 => " ", 1 => "\n  ", _ => "" };
}
