using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Vercel's webhook envelope and deployment payload, read through the built-in source-generated metadata.</summary>
public sealed class VercelContractTests
{
    // Built from the keys https://vercel.com/docs/webhooks/webhooks-api documents for the envelope and
    // deployment.succeeded (the page lists keys, not a whole example); the ids are made up.
    private const string DeploymentSucceeded = """
        {
          "id": "uvXzqmM5Mc3xp0dOBmMPOhkF",
          "type": "deployment.succeeded",
          "createdAt": 1719390925817,
          "region": "iad1",
          "payload": {
            "team": { "id": "team_a1b2c3d4e5f6g7h8i9j0k1l2" },
            "user": { "id": "GsJ8kUyFXSVg6hzrM8LnWnfo" },
            "deployment": {
              "id": "dpl_7Bt6HECxXsNUJhMjN8VpRAEGuNRA",
              "meta": { "githubCommitSha": "4a8b0c8f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b", "githubCommitRef": "main" },
              "url": "my-app-7bt6hecxx-acme.vercel.app",
              "name": "my-app"
            },
            "links": {
              "deployment": "https://vercel.com/acme/my-app/7Bt6HECxXsNUJhMjN8VpRAEGuNRA",
              "project": "https://vercel.com/acme/my-app"
            },
            "target": "production",
            "project": { "id": "prj_Ez5t3VH0qLMWEmHPmZFuJiVBJrp0" },
            "plan": "pro",
            "regions": ["iad1"]
          }
        }
        """;

    // project.created: payload.project.{id, name}, same page.
    private const string ProjectCreated = """
        {
          "id": "wcXzqmM5Mc3xp0dOBmMPOhkG",
          "type": "project.created",
          "createdAt": 1719390925817,
          "region": null,
          "payload": {
            "team": { "id": null },
            "user": { "id": "GsJ8kUyFXSVg6hzrM8LnWnfo" },
            "project": { "id": "prj_Ez5t3VH0qLMWEmHPmZFuJiVBJrp0", "name": "my-app" }
          }
        }
        """;

    private static VercelEvent Read(string json) => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.VercelEvent)!;

    [Fact]
    public void Envelope_is_read()
    {
        var evt = Read(DeploymentSucceeded);

        Assert.Equal("uvXzqmM5Mc3xp0dOBmMPOhkF", evt.Id);
        Assert.Equal("deployment.succeeded", evt.Type);
        Assert.Equal(1719390925817, evt.CreatedAt);
        Assert.Equal("iad1", evt.Region);
        Assert.Equal("production", evt.Payload!.Value.GetProperty("target").GetString());
    }

    [Fact]
    public void Deployment_payload_is_typed()
    {
        var payload = Read(DeploymentSucceeded).GetDeploymentPayload()!;

        Assert.Equal("dpl_7Bt6HECxXsNUJhMjN8VpRAEGuNRA", payload.Deployment!.Id);
        Assert.Equal("my-app-7bt6hecxx-acme.vercel.app", payload.Deployment.Url);
        Assert.Equal("main", payload.Deployment.Meta!["githubCommitRef"]);
        Assert.Equal("prj_Ez5t3VH0qLMWEmHPmZFuJiVBJrp0", payload.Project!.Id);
        Assert.Equal("team_a1b2c3d4e5f6g7h8i9j0k1l2", payload.Team!.Id);
        Assert.Equal("https://vercel.com/acme/my-app", payload.Links!.Project);
        Assert.Equal(["iad1"], payload.Regions!);
    }

    [Fact]
    public void Other_events_have_no_deployment_payload_but_any_type_reads_them()
    {
        var evt = Read(ProjectCreated);

        Assert.Null(evt.Region);
        Assert.Null(evt.GetDeploymentPayload());
        Assert.Null(evt.GetPayload(WebhookContractsJsonContext.Default.VercelDeploymentPayload)!.Team!.Id);
    }

    [Fact]
    public void Unknown_member_is_kept() =>
        Assert.Equal("my-app", Read(ProjectCreated).GetPayload(WebhookContractsJsonContext.Default.VercelDeploymentPayload)!.Project!.AdditionalProperties!["name"].GetString());

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var evt = Read("{}");

        Assert.Equal("", evt.Type);
        Assert.Equal(0, evt.CreatedAt);
        Assert.Null(evt.Payload);
        Assert.Null(evt.GetPayload(WebhookContractsJsonContext.Default.VercelDeploymentPayload));
    }

    [Theory]
    [InlineData("""{"id":"a","type":"deployment.created","createdAt":"2024-06-26T08:35:25Z"}""")]
    [InlineData("""{"id":null,"type":"deployment.created"}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Deployment_payload_of_the_wrong_shape_throws() =>
        Assert.Throws<JsonException>(() => Read("""{"id":"a","type":"deployment.created","payload":{"deployment":"dpl_1"}}""").GetDeploymentPayload());

    [Fact]
    public void Contract_names_vercel() =>
        Assert.Equal("vercel", typeof(VercelEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
}
