using System.Text;
using System.Text.Json;
using Webhooks.Pipeline;

namespace Webhooks.Runtime.Tests.Pipeline;

/// <summary>Reading the event type by dotted path in one forward pass, before anything is deserialized.</summary>
public sealed class JsonValueReaderTests
{
    private static string? Read(string json, string path) => JsonValueReader.ReadString(Encoding.UTF8.GetBytes(json), path);

    [Fact]
    public void Top_level_type_is_read() =>
        Assert.Equal("batch.completed", Read("""{"id":"evt_1","type":"batch.completed","data":{"id":"batch_1"}}""", "type"));

    [Fact]
    public void Nested_event_type_is_read() =>
        Assert.Equal("app_mention", Read("""{"type":"event_callback","event":{"user":"U1","type":"app_mention"},"event_id":"Ev1"}""", "event.type"));

    [Fact]
    public void Deeper_path_is_read() =>
        Assert.Equal("deep", Read("""{"a":{"x":{"c":"no"},"b":{"c":"deep"}}}""", "a.b.c"));

    [Theory]
    [InlineData("""{"type":1}""")]
    [InlineData("""{"type":true}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":{"name":"x"}}""")]
    [InlineData("""{"type":["batch.completed"]}""")]
    public void Value_that_is_not_a_string_is_null(string json) => Assert.Null(Read(json, "type"));

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"id":"evt_1","data":{"type":"inner"}}""")]
    [InlineData("""[{"type":"in an array"}]""")]
    [InlineData("""{"types":"x","typ":"y","Type":"z"}""")]
    [InlineData("\"type\"")]
    public void Absent_member_is_null(string json) => Assert.Null(Read(json, "type"));

    [Theory]
    [InlineData("""{"event":"not an object"}""")]
    [InlineData("""{"event":{"x":1}}""")]
    [InlineData("""{"event":[{"type":"in an array"}]}""")]
    [InlineData("""{"event":{"inner":{"type":"too deep"}}}""")]
    public void Absent_nested_member_is_null(string json) => Assert.Null(Read(json, "event.type"));

    // A "type" in a sibling object after the matched one closed must not be taken for event.type.
    [Fact]
    public void Sibling_objects_member_is_not_matched() =>
        Assert.Null(Read("""{"event":{"x":1},"other":{"type":"bad"}}""", "event.type"));

    // A nested "type" before the top-level one must not be taken for it.
    [Fact]
    public void Nested_member_of_the_same_name_is_not_matched() =>
        Assert.Equal("outer", Read("""{"a":{"type":"inner"},"type":"outer"}""", "type"));

    [Fact]
    public void Nested_path_after_a_decoy_object_is_read() =>
        Assert.Equal("right", Read("""{"other":{"type":"wrong"},"event":{"a":{"type":"wrong"},"type":"right"}}""", "event.type"));

    // Malformed before the wanted member (or without it, so that the whole body is read): the read throws.
    [Theory]
    [InlineData("""{'type':'batch.completed'}""")]
    [InlineData("""{"data":{,"x":1},"type":"batch.completed","data":{}}""")]
    [InlineData("""{"data":[1,2},"type":"batch.completed","list":[]}""")]
    [InlineData("""{"object":"event",}""")]
    [InlineData("{\"object\":\"event")]
    [InlineData("")]
    [InlineData("   ")]
    public void Json_malformed_before_the_member_throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(json, "type"));

    // Malformed before a top-level member that comes last (read from the end, as Stripe's type is): the read returns it,
    // and the check of the whole body throws.
    [Theory]
    [InlineData("""{"data":{,"type":"batch.completed"}""")]
    [InlineData("""{"data":[1,2},"type":"batch.completed"}""")]
    public void Json_malformed_before_a_last_member_is_left_to_the_whole_body_check(string json)
    {
        Assert.Equal("batch.completed", Read(json, "type"));
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.CheckWellFormed(Encoding.UTF8.GetBytes(json)));
    }

    // Malformed after the wanted member: the read stops at it, and the check of the whole body throws.
    [Theory]
    [InlineData("""{"type":"batch.completed","data":{""")]
    [InlineData("""{"type":"batch.completed",}""")]
    [InlineData("""{"type":"batch.completed"} trailing""")]
    [InlineData("""{"type":"batch.completed"}{}""")]
    [InlineData("""{"type":"batch.completed","data":[1,2}""")]
    [InlineData("""{"type":"batch.completed" /* comment */}""")]
    public void Json_malformed_after_the_member_is_read_up_to_it_and_fails_the_whole_body_check(string json)
    {
        Assert.Equal("batch.completed", Read(json, "type"));
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.CheckWellFormed(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Json_malformed_after_a_nested_member_fails_the_whole_body_check()
    {
        const string json = """{"event":{"type":"app_mention"},"x":tru}""";

        Assert.Equal("app_mention", Read(json, "event.type"));
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.CheckWellFormed(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"type":"batch.completed"}""")]
    [InlineData(" {\r\n\t\"type\" :\n [1, {\"a\": null}] \r\n} \n")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void Well_formed_json_passes_the_whole_body_check(string json) =>
        JsonValueReader.CheckWellFormed(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_whole_body_check_rejects_invalid_utf8() =>
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.CheckWellFormed([(byte)'"', 0xC3, 0x28, (byte)'"']));

    // Invalid UTF-8 in the wanted value, in another value, and in a property name.
    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'y', (byte)'p', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'y', (byte)'p', (byte)'e', (byte)'"', (byte)':', (byte)'"', (byte)'a', (byte)'"', (byte)',', (byte)'"', (byte)'x', (byte)'"', (byte)':', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xED, 0xA0, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)',', (byte)'"', (byte)'t', (byte)'y', (byte)'p', (byte)'e', (byte)'"', (byte)':', (byte)'"', (byte)'a', (byte)'"', (byte)'}' })]
    public void Invalid_utf8_throws(byte[] json) =>
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.ReadString(json, "type"));

    [Fact]
    public void Nesting_of_64_levels_is_accepted() =>
        Assert.Equal("x", Read("""{"type":"x","n":""" + Nest(63) + "}", "type"));

    [Theory]
    [InlineData(65)]
    [InlineData(1000)]
    public void Nesting_deeper_than_64_fails_the_whole_body_check(int depth) =>
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.CheckWellFormed(Encoding.UTF8.GetBytes("""{"type":"x","n":""" + Nest(depth - 1) + "}")));

    [Fact]
    public void Nesting_deeper_than_64_before_the_member_throws() =>
        Assert.ThrowsAny<JsonException>(() => Read("""{"n":""" + Nest(65) + ""","type":"x","m":{}}""", "type"));

    [Fact]
    public void A_known_value_is_the_known_string_itself()
    {
        var known = new KnownStrings(["batch.completed", "événement.créé"]);
        var expected = known.Find("batch.completed"u8);

        var read = JsonValueReader.ReadString("""{"type":"batch.completed"}"""u8, "type", known: known);
        var nonAscii = JsonValueReader.ReadString(Encoding.UTF8.GetBytes("""{"type":"événement.créé"}"""), "type", known: known);

        Assert.Same(expected, read);
        Assert.Equal("événement.créé", nonAscii);
        Assert.Same(known.Find(Encoding.UTF8.GetBytes("événement.créé")), nonAscii);
    }

    [Theory]
    [InlineData("""{"type":"batch.cancelled"}""", "batch.cancelled")]
    [InlineData("""{"type":"batch\u002ecompleted"}""", "batch.completed")]
    [InlineData("""{"type":"batch.completedx"}""", "batch.completedx")]
    public void A_value_that_is_not_known_as_written_is_read_as_a_new_string(string json, string expected)
    {
        var known = new KnownStrings(["batch.completed"]);

        var read = JsonValueReader.ReadString(Encoding.UTF8.GetBytes(json), "type", known: known);

        Assert.Equal(expected, read);
        Assert.NotSame(known.Find("batch.completed"u8), read);
    }

    [Fact]
    public void A_value_longer_than_any_known_string_is_not_looked_up() =>
        Assert.Null(new KnownStrings(["a"]).Find(Encoding.UTF8.GetBytes(new string('a', 200))));

    [Fact]
    public void Escaped_value_is_unescaped() =>
        Assert.Equal("batch.completed", Read("""{"type":"batch\u002ecompleted"}""", "type"));

    [Fact]
    public void Escaped_property_name_is_matched() =>
        Assert.Equal("batch.completed", Read("""{"\u0074ype":"batch.completed"}""", "type"));

    [Fact]
    public void Non_ascii_value_is_read() =>
        Assert.Equal("événement.créé", Read("""{"type":"événement.créé"}""", "type"));

    [Fact]
    public void Whitespace_between_tokens_is_allowed() =>
        Assert.Equal("batch.completed", Read(" {\r\n\t\"type\" :\n \"batch.completed\" \r\n} \n", "type"));

    /// <summary>An array nested <paramref name="levels"/> deep: "[[…]]".</summary>
    private static string Nest(int levels) => new string('[', levels) + new string(']', levels);

    // The idempotency key is read where it lies: a slice of the body, not a copy, unless it has to be unescaped.
    [Fact]
    public void A_key_without_escapes_is_a_slice_of_the_body()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"x"}""");

        var key = JsonValueReader.ReadKey(body, "id");
        body[7] = (byte)'E';

        Assert.Equal("Evt_1", key.ToString());
    }

    [Fact]
    public void An_escaped_key_is_unescaped() =>
        Assert.Equal("evt_1", JsonValueReader.ReadKey(Encoding.UTF8.GetBytes("""{"id":"evt\u005f1"}"""), "id").ToString());

    [Theory]
    [InlineData("""{"type":"x"}""")]
    [InlineData("""{"id":""}""")]
    [InlineData("""{"id":7}""")]
    public void An_absent_or_empty_key_is_empty(string json) =>
        Assert.True(JsonValueReader.ReadKey(Encoding.UTF8.GetBytes(json), "id").IsEmpty);
}
