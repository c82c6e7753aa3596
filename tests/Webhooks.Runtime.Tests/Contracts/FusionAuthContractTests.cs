using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>FusionAuth's webhook payload, read through the built-in source-generated metadata.</summary>
public sealed class FusionAuthContractTests
{
    // Shaped after the user.create example of FusionAuth's events docs (events/user-create.mdx); ids made up here.
    private const string UserCreate = """
        {
          "event": {
            "applicationId": "3c219e58-ed0e-4b18-ad48-f4f92793ae32",
            "createInstant": 1505762615056,
            "id": "e502168a-b469-45d9-a079-fd45f83e0406",
            "info": {"ipAddress": "42.42.42.42", "userAgent": "Mozilla/5.0"},
            "tenantId": "e872a8c7-a3b5-4a48-8d2c-8a0e1b4dbd2a",
            "type": "user.create",
            "user": {
              "active": true,
              "email": "example@fusionauth.io",
              "id": "2ffa6d7a-fb5b-47bb-8fe1-f3d3e0b4a6a0",
              "insertInstant": 1505762615056,
              "tenantId": "e872a8c7-a3b5-4a48-8d2c-8a0e1b4dbd2a",
              "verified": false,
              "data": {"plan": "pro"},
              "twoFactor": {"methods": []}
            }
          }
        }
        """;

    [Fact]
    public void User_create_reads_the_event_and_its_user()
    {
        var delivery = JsonSerializer.Deserialize(UserCreate, WebhookContractsJsonContext.Default.FusionAuthEvent)!;

        Assert.Equal(("user.create", "e502168a-b469-45d9-a079-fd45f83e0406"), (delivery.Event.Type, delivery.Event.Id));
        Assert.Equal(1505762615056, delivery.Event.CreateInstant);
        Assert.Equal("42.42.42.42", delivery.Event.Info!.Value.GetProperty("ipAddress").GetString());
        Assert.Equal("example@fusionauth.io", delivery.Event.User!.Email);
        Assert.True(delivery.Event.User.Active);
        Assert.Equal("pro", delivery.Event.User.Data!.Value.GetProperty("plan").GetString());
        Assert.True(delivery.Event.User.AdditionalProperties!.ContainsKey("twoFactor"));
    }
}
