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

    // The whole body is read, so it is rejected even when the wanted member comes before the error.
    [Theory]
    [InlineData("""{"type":"batch.completed","data":{""")]
    [InlineData("""{"type":"batch.completed",}""")]
    [InlineData("""{"type":"batch.completed"} trailing""")]
    [InlineData("""{"type":"batch.completed"}{}""")]
    [InlineData("""{"type":"batch.completed","data":[1,2}""")]
    [InlineData("""{'type':'batch.completed'}""")]
    [InlineData("""{"type":"batch.completed" /* comment */}""")]
    [InlineData("")]
    [InlineData("   ")]
    public void Malformed_json_throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(json, "type"));

    [Fact]
    public void Malformed_json_throws_for_a_nested_path_too() =>
        Assert.ThrowsAny<JsonException>(() => Read("""{"event":{"type":"app_mention"},"x":tru}""", "event.type"));

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
    public void Nesting_deeper_than_64_throws(int depth) =>
        Assert.ThrowsAny<JsonException>(() => Read("""{"type":"x","n":""" + Nest(depth - 1) + "}", "type"));

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
}
