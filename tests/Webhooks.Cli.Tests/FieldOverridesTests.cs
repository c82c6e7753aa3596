using System.Text.Json.Nodes;
using Webhooks.Cli.Sending;

namespace Webhooks.Cli.Tests;

public sealed class FieldOverridesTests
{
    private const string Body = """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"x"}},"type":"t"}""";

    [Theory]
    [InlineData("data.object.amount=500", """{"id":"evt_1","data":{"object":{"amount":500,"items":[{"sku":"A"}],"note":"x"}},"type":"t"}""")]
    [InlineData("data.object.amount=\"500\"", """{"id":"evt_1","data":{"object":{"amount":"500","items":[{"sku":"A"}],"note":"x"}},"type":"t"}""")]
    [InlineData("data.object.note=hello world", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"hello world"}},"type":"t"}""")]
    [InlineData("data.object.note=2024-06-01", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"2024-06-01"}},"type":"t"}""")]
    [InlineData("data.object.note=null", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":null}},"type":"t"}""")]
    [InlineData("data.object.paid=true", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"x","paid":true}},"type":"t"}""")]
    [InlineData("data.object.items[0].sku=B", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"B"}],"note":"x"}},"type":"t"}""")]
    [InlineData("data.object.items[1].sku=C", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"},{"sku":"C"}],"note":"x"}},"type":"t"}""")]
    [InlineData("data.previous_attributes.amount=1500", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"x"},"previous_attributes":{"amount":1500}},"type":"t"}""")]
    [InlineData("data.object.meta={\"k\":[1,2]}", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"x","meta":{"k":[1,2]}}},"type":"t"}""")]
    [InlineData("type=a=b", """{"id":"evt_1","data":{"object":{"amount":2000,"items":[{"sku":"A"}],"note":"x"}},"type":"a=b"}""")]
    public void A_dot_path_sets_a_field_keeping_the_rest_in_order(string set, string expected)
    {
        Assert.Equal(expected, FieldOverrides.ApplyToJson(Body, [set]));
    }

    [Fact]
    public void Overrides_apply_in_order()
    {
        var result = JsonNode.Parse(FieldOverrides.ApplyToJson(Body, ["data.object.amount=1", "data.object.amount=2"]))!;
        Assert.Equal(2, (int)result["data"]!["object"]!["amount"]!);
    }

    [Theory]
    [InlineData("amount", "path=value")]
    [InlineData("=5", "path=value")]
    [InlineData("data.object.amount.cents=5", "data.object.amount is a number, not an object")]
    [InlineData("data.object.items[5].sku=X", "data.object.items has 1 item(s)")]
    [InlineData("data.object[0]=X", "data.object is an object, not an array")]
    [InlineData("data..x=1", "empty segment")]
    [InlineData("data.object.items[x]=1", "'[x]' is not an array index")]
    public void A_path_that_cant_be_set_is_a_usage_error_that_says_why(string set, string message)
    {
        var exception = Assert.Throws<CliUsageException>(() => FieldOverrides.ApplyToJson(Body, [set]));
        Assert.Contains(message, exception.Message);
    }

    [Fact]
    public void A_form_field_is_replaced_or_added()
    {
        var form = FieldOverrides.ApplyToForm([new("MessageStatus", "delivered"), new("To", "+1")], ["MessageStatus=failed", "ErrorCode=30003"]);
        Assert.Equal(["MessageStatus=failed", "To=+1", "ErrorCode=30003"], form.Select(f => $"{f.Key}={f.Value}"));
    }
}
