// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: woocommerce/woocommerce, plugins/woocommerce/includes/class-wc-webhook.php, get_default_topic_hooks()
// (stored at 00e1bc4da70f83469010330e589878684c73a921). Not listed: the open-ended action.<hook> topics and those
// extensions add (WooCommerce Subscriptions' subscription.*), which the analyzers report as unknown, not as errors.
namespace Webhooks.Providers;

/// <summary>WooCommerce's webhook topics (<c>X-WC-Webhook-Topic</c>): its default topics.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class WooCommerceEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "coupon.created",
        "coupon.updated",
        "coupon.deleted",
        "coupon.restored",
        "customer.created",
        "customer.updated",
        "customer.deleted",
        "order.created",
        "order.updated",
        "order.deleted",
        "order.restored",
        "product.created",
        "product.updated",
        "product.deleted",
        "product.restored",
        "product.published",
    ];
}
