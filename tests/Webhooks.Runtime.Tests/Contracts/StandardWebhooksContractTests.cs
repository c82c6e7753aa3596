using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>The Standard Webhooks recommended payload, read through the built-in source-generated metadata.</summary>
public sealed class StandardWebhooksContractTests
{
    // "Payload structure", https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
    private const string Example = """
        {
          "type": "contact.created",
          "timestamp": "2022-11-03T20:26:10.344522Z",
          "data": {
            "id": "1f81eb52-5198-4599-803e-771906343485",
            "type": "contact",
            "fullName": "John Smith"
          }
        }
        """;

    private static StandardWebhookEvent Read(string json) => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.StandardWebhookEvent)!;

    [Fact]
    public void Recommended_shape_is_read()
    {
        var evt = Read(Example);

        Assert.Equal("contact.created", evt.Type);
        Assert.Equal(DateTimeOffset.Parse("2022-11-03T20:26:10.344522Z", CultureInfo.InvariantCulture), evt.Timestamp);
        Assert.Equal("John Smith", evt.Data!.Value.GetProperty("fullName").GetString());
    }

    [Fact]
    public void Data_squashed_into_the_top_level_lands_in_additional_properties()
    {
        var evt = Read("""{"type":"example.event","timestamp":"2022-11-03T20:26:10.344522Z","foo":"bar","fizzbuzz":2}""");

        Assert.Null(evt.Data);
        Assert.Equal("bar", evt.AdditionalProperties!["foo"].GetString());
        Assert.Equal(2, evt.AdditionalProperties["fizzbuzz"].GetInt32());
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var evt = Read("{}");

        Assert.Equal("", evt.Type);
        Assert.Null(evt.Timestamp);
        Assert.Null(evt.Data);
    }

    [Theory]
    [InlineData("""{"type":"a.b","timestamp":1667507170}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":["a.b"]}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Contract_names_the_standard_webhooks_provider() =>
        Assert.Equal("standard-webhooks", typeof(StandardWebhookEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
}
