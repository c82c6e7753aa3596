using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Replicate's webhook body, a prediction, read through the built-in source-generated metadata.</summary>
public sealed class ReplicateContractTests
{
    // The unfinished prediction on https://replicate.com/docs/topics/webhooks/receive-webhook.
    private const string Starting = """
        {
          "id": "ufawqhfynnddngldkgtslldrkq",
          "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
          "created_at": "2022-04-26T22:13:06.224088Z",
          "started_at": null,
          "completed_at": null,
          "status": "starting",
          "input": {
            "text": "Alice"
          },
          "output": null,
          "error": null,
          "logs": null,
          "metrics": {}
        }
        """;

    // The finished prediction of "get a prediction", https://replicate.com/docs/reference/http#predictions.get;
    // data_removed, source, urls.web and the unknown "deadline" follow the API's OpenAPI schema.
    private const string Succeeded = """
        {
          "id": "gm3qorzdhgbfurvjtvhg6dckhu",
          "model": "replicate/hello-world",
          "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
          "input": {
            "text": "Alice"
          },
          "logs": "",
          "output": "hello Alice",
          "data_removed": false,
          "error": null,
          "source": "api",
          "status": "succeeded",
          "created_at": "2023-09-08T16:19:34.765994Z",
          "started_at": "2023-09-08T16:19:34.779176Z",
          "completed_at": "2023-09-08T16:19:34.791859Z",
          "deadline": "2023-09-08T17:19:34.765994Z",
          "metrics": {
            "predict_time": 0.012683,
            "total_time": 0.026
          },
          "urls": {
            "cancel": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu/cancel",
            "get": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu",
            "web": "https://replicate.com/p/gm3qorzdhgbfurvjtvhg6dckhu"
          }
        }
        """;

    private static ReplicatePrediction Read(string json) =>
        JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.ReplicatePrediction)!;

    [Fact]
    public void Starting_prediction_has_its_input_and_no_output_yet()
    {
        var prediction = Read(Starting);

        Assert.Equal("ufawqhfynnddngldkgtslldrkq", prediction.Id);
        Assert.Equal("starting", prediction.Status);
        Assert.Equal("Alice", prediction.Input!.Value.GetProperty("text").GetString());
        Assert.Null(prediction.Output);
        Assert.Null(prediction.StartedAt);
        Assert.Null(prediction.Model);
        Assert.Null(prediction.Urls);
        Assert.Equal(DateTimeOffset.Parse("2022-04-26T22:13:06.224088Z", CultureInfo.InvariantCulture), prediction.CreatedAt);
        Assert.NotNull(prediction.Metrics);
        Assert.Null(prediction.Metrics.PredictTime);
    }

    [Fact]
    public void Succeeded_prediction_has_output_metrics_and_urls()
    {
        var prediction = Read(Succeeded);

        Assert.Equal("replicate/hello-world", prediction.Model);
        Assert.Equal("hello Alice", prediction.Output!.Value.GetString());
        Assert.Equal(0.012683, prediction.Metrics!.PredictTime);
        Assert.Equal("https://replicate.com/p/gm3qorzdhgbfurvjtvhg6dckhu", prediction.Urls!.Web);
        Assert.Null(prediction.Urls.Stream);
        Assert.Equal("api", prediction.Source);
        Assert.False(prediction.DataRemoved);
        Assert.Equal(DateTimeOffset.Parse("2023-09-08T16:19:34.791859Z", CultureInfo.InvariantCulture), prediction.CompletedAt);
    }

    [Fact]
    public void Unknown_member_is_kept() =>
        Assert.Equal("2023-09-08T17:19:34.765994Z", Read(Succeeded).AdditionalProperties!["deadline"].GetString());

    [Fact]
    public void Output_of_any_shape_is_kept_as_json()
    {
        var prediction = Read("""{"id":"p1","status":"succeeded","output":["https://replicate.delivery/a.png","https://replicate.delivery/b.png"]}""");

        Assert.Equal(2, prediction.Output!.Value.GetArrayLength());
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var prediction = Read("{}");

        Assert.Equal("", prediction.Id);
        Assert.Equal("", prediction.Status);
        Assert.Null(prediction.Input);
        Assert.Null(prediction.Metrics);
        Assert.False(prediction.DataRemoved);
        Assert.Null(prediction.AdditionalProperties);
    }

    [Theory]
    [InlineData("""{"id":"p1","status":5}""")]
    [InlineData("""{"id":"p1","created_at":"yesterday"}""")]
    [InlineData("""{"id":"p1","metrics":{"predict_time":"fast"}}""")]
    [InlineData("""{"id":null}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Contract_names_replicate_for_any_status()
    {
        var contract = typeof(ReplicatePrediction).GetCustomAttribute<WebhookContractAttribute>()!;

        Assert.Equal("replicate", contract.Provider);
        Assert.Null(contract.Events);
    }
}
