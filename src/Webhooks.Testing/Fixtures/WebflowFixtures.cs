using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Webflow: <c>triggerType</c> and what triggered it in <c>payload</c>.</summary>
internal static class WebflowFixtures
{
    public static ProviderFixtures All { get; } = new("webflow",
    [
        FixtureTemplate.OfJson("form_submission", v => $$$$"""
            {"triggerType":"{{{{v.Type}}}}","payload":{"name":"Contact Us","siteId":"65427cf400e02b306eaa049c","data":{"First Name":"Ada","Last Name":"Lovelace","email":"ada@example.com"},"schema":[{"fieldName":"First Name","fieldType":"FormTextInput","fieldElementId":"{{{{Uuid()}}}}"}],"submittedAt":"{{{{v.Iso}}}}","id":"{{{{Hex(24)}}}}","formId":"65429eadebe8a9f3a30f62d0","formElementId":"{{{{Uuid()}}}}","pageId":"65427cf400e02b306eaa04a0","publishedPath":"/contact","pageUrl":"https://example.webflow.io/contact"}}
            """),
        FixtureTemplate.OfJson("site_publish", v => $$$$"""
            {"triggerType":"{{{{v.Type}}}}","payload":{"siteId":"65427cf400e02b306eaa049c","publishedOn":"{{{{v.Iso}}}}","domains":["example.webflow.io"],"publishedBy":{"displayName":"Ada Lovelace"}}}
            """),
        FixtureTemplate.OfJson("collection_item_created", v => $$$$"""
            {"triggerType":"{{{{v.Type}}}}","payload":{"id":"{{{{Hex(24)}}}}","siteId":"65427cf400e02b306eaa049c","workspaceId":"65427cf400e02b306eaa0498","collectionId":"6542b4a8b2c8e5e4e3d7a9f1","cmsLocaleId":"653ad57de882f528b32e810e","lastPublished":null,"lastUpdated":"{{{{v.Iso}}}}","createdOn":"{{{{v.Iso}}}}","isArchived":false,"isDraft":false,"fieldData":{"name":"Hello","slug":"hello"}}}
            """),
        FixtureTemplate.OfJson("ecomm_new_order", v => $$$$"""
            {"triggerType":"{{{{v.Type}}}}","payload":{"orderId":"{{{{Id("", 6)}}}}","status":"unfulfilled","comment":"","orderComment":"","acceptedOn":"{{{{v.Iso}}}}","customerInfo":{"fullName":"Ada Lovelace","email":"ada@example.com"},"totals":{"subtotal":{"unit":"USD","value":"3000","string":"$30.00"},"total":{"unit":"USD","value":"3240","string":"$32.40"}},"purchasedItemsCount":1}}
            """),
    ]);
}
