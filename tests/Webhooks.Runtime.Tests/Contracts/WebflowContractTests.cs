using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Webflow's webhooks, read through the built-in source-generated metadata.</summary>
public sealed class WebflowContractTests
{
    private static readonly WebhookContractsJsonContext Json = WebhookContractsJsonContext.Default;

    // https://developers.webflow.com/data/docs/working-with-webhooks, the example payload (its schema shortened), with the
    // submission's ids from the v2 form_submission reference.
    private const string FormSubmission = """
        {
          "triggerType": "form_submission",
          "payload": {
            "name": "Contact Us",
            "siteId": "65427cf400e02b306eaa049c",
            "data": {"First Name": "Zaphod", "Last Name": "Beeblebrox", "email": "zaphod@heartofgold.ai", "Phone Number": 15550000000},
            "schema": [
              {"fieldName": "First Name", "fieldType": "FormTextInput", "fieldElementId": "285042f7-d554-dc7f-102c-aa10d6a2d2c4"},
              {"fieldName": "Phone Number", "fieldType": "FormTextInput", "fieldElementId": "285042f7-d554-dc7f-102c-aa10d6a2d2c6"}
            ],
            "submittedAt": "2022-09-14T12:35:16.117Z",
            "id": "6321ca84df3949bfc6752327",
            "formId": "65429eadebe8a9f3a30f62d0",
            "formElementId": "4e038d2c-6a1e-4953-7be9-a59a2b453177",
            "pageUrl": "https://example.webflow.io/contact"
          }
        }
        """;

    [Fact]
    public void Form_submission_is_read()
    {
        var evt = JsonSerializer.Deserialize(FormSubmission, Json.WebflowEventWebflowFormSubmission)!;
        var form = evt.Payload;

        Assert.Equal("form_submission", evt.TriggerType);
        Assert.Equal(("6321ca84df3949bfc6752327", "Contact Us", "65427cf400e02b306eaa049c"), (form.Id, form.Name, form.SiteId));
        Assert.Equal(("65429eadebe8a9f3a30f62d0", "4e038d2c-6a1e-4953-7be9-a59a2b453177"), (form.FormId, form.FormElementId));
        Assert.Equal("zaphod@heartofgold.ai", form.Data!["email"].GetString());
        Assert.Equal(15550000000L, form.Data["Phone Number"].GetInt64());
        Assert.Equal(["First Name", "Phone Number"], form.Schema!.Select(f => f.FieldName));
        Assert.Equal("FormTextInput", form.Schema![0].FieldType);
        Assert.Equal(new DateTimeOffset(2022, 9, 14, 12, 35, 16, 117, TimeSpan.Zero), form.SubmittedAt);
        Assert.Equal("https://example.webflow.io/contact", form.AdditionalProperties!["pageUrl"].GetString());
    }

    // https://developers.webflow.com/v2.0.0-beta/data/reference/all-events/site-publish, the example payload.
    [Fact]
    public void Site_publish_is_read()
    {
        var evt = JsonSerializer.Deserialize("""
            {"triggerType":"site_publish","payload":{"siteId":"62749158efef318abc8d5a0f","publishedOn":"2024-07-26T16:43:20Z","domains":["my-website.webflow.io"],"publishedBy":{"displayName":"Zaphod BeebleBrox"}}}
            """, Json.WebflowEventWebflowSitePublish)!;

        Assert.Equal("62749158efef318abc8d5a0f", evt.Payload.SiteId);
        Assert.Equal(new DateTimeOffset(2024, 7, 26, 16, 43, 20, TimeSpan.Zero), evt.Payload.PublishedOn);
        Assert.Equal(["my-website.webflow.io"], evt.Payload.Domains!);
        Assert.Equal("Zaphod BeebleBrox", evt.Payload.PublishedBy!.Value.GetProperty("displayName").GetString());
    }

    // https://developers.webflow.com/v2.0.0-beta/data/reference/all-events/collection-item-created, the example payload,
    // with the cmsLocaleId and lastPublished members of the v2 reference.
    [Fact]
    public void Collection_item_created_is_read()
    {
        var evt = JsonSerializer.Deserialize("""
            {"triggerType":"collection_item_created","payload":{"id":"580e64008c9a982ac9b8b754","workspaceId":"625860a7a6c16d624927122f","siteId":"65427cf400e02b306eaa049c","collectionId":"664243617fcc8b464b23c4ee","cmsLocaleId":"653ad57de882f528b32e810e","lastPublished":null,"lastUpdated":"2023-03-17T18:47:35Z","createdOn":"2023-03-17T18:47:35Z","isArchived":false,"isDraft":true,"fieldData":{"name":"Pan-Galactic Gargle Blaster","slug":"pan-galactic-gargle-blaster"}}}
            """, Json.WebflowEventWebflowCollectionItem)!;
        var item = evt.Payload;

        Assert.Equal(("580e64008c9a982ac9b8b754", "664243617fcc8b464b23c4ee"), (item.Id, item.CollectionId));
        Assert.Equal(("625860a7a6c16d624927122f", "65427cf400e02b306eaa049c", "653ad57de882f528b32e810e"), (item.WorkspaceId, item.SiteId, item.CmsLocaleId));
        Assert.Null(item.LastPublished);
        Assert.Equal(new DateTimeOffset(2023, 3, 17, 18, 47, 35, TimeSpan.Zero), item.CreatedOn);
        Assert.Equal((false, true), (item.IsArchived, item.IsDraft));
        Assert.Equal("pan-galactic-gargle-blaster", item.FieldData!.Value.GetProperty("slug").GetString());
    }

    [Fact]
    public void Any_trigger_keeps_its_payload_as_json()
    {
        var evt = JsonSerializer.Deserialize(FormSubmission, Json.WebflowEvent)!;

        Assert.Equal("6321ca84df3949bfc6752327", evt.Payload.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"triggerType":"site_publish","payload":null}""")]
    [InlineData("""{"triggerType":null,"payload":{"siteId":"s"}}""")]
    public void Null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.WebflowEventWebflowSitePublish));

    [Fact]
    public void Contracts_name_webflow()
    {
        Assert.Equal("webflow", typeof(WebflowEvent).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
        Assert.Equal("webflow", typeof(WebflowEvent<WebflowFormSubmission>).GetCustomAttribute<WebhookContractAttribute>()!.Provider);
    }
}
