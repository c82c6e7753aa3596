// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: webflow/js-webflow-api src/api/types/TriggerType.ts @ 31e9cf381301cb8c5ebd112a72394ebc59a2aaf0, which matches the
// triggerType enum of https://developers.webflow.com/data/reference/webhooks/create. The body's "triggerType". The retired
// Memberships triggers (user_account_*) of the v1 docs are left out.
namespace Webhooks.Providers;

/// <summary>Webflow's webhook trigger types (<c>triggerType</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class WebflowEvents
{
    /// <summary>Every documented trigger type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "collection_item_changed",
        "collection_item_created",
        "collection_item_deleted",
        "collection_item_published",
        "collection_item_unpublished",
        "comment_created",
        "ecomm_inventory_changed",
        "ecomm_new_order",
        "ecomm_order_changed",
        "form_submission",
        "page_created",
        "page_deleted",
        "page_metadata_updated",
        "site_publish",
    ];
}
