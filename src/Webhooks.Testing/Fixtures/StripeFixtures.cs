using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Stripe: an <c>event</c> whose <c>data.object</c> is the payment intent, charge, session, invoice, customer or subscription.</summary>
internal static class StripeFixtures
{
    public static ProviderFixtures All { get; } = new("stripe",
    [
        Event("payment_intent.succeeded", v => PaymentIntent(v, "succeeded", 2000)),
        Event("payment_intent.created", v => PaymentIntent(v, "requires_payment_method", 0)),
        Event("payment_intent.payment_failed", v => PaymentIntent(v, "requires_payment_method", 0)),
        Event("payment_intent.canceled", v => PaymentIntent(v, "canceled", 0)),
        Event("charge.succeeded", v => Charge(v, "succeeded", refunded: false)),
        Event("charge.failed", v => Charge(v, "failed", refunded: false)),
        Event("charge.refunded", v => Charge(v, "succeeded", refunded: true)),
        Event("checkout.session.completed", v => CheckoutSession(v, "complete", "paid")),
        Event("checkout.session.expired", v => CheckoutSession(v, "expired", "unpaid")),
        Event("invoice.paid", v => Invoice(v, "paid")),
        Event("invoice.payment_succeeded", v => Invoice(v, "paid")),
        Event("invoice.payment_failed", v => Invoice(v, "open")),
        Event("invoice.finalized", v => Invoice(v, "open")),
        Event("customer.created", Customer),
        Event("customer.updated", Customer),
        Event("customer.deleted", Customer),
        Event("customer.subscription.created", v => Subscription(v, "active")),
        Event("customer.subscription.updated", v => Subscription(v, "active")),
        Event("customer.subscription.deleted", v => Subscription(v, "canceled")),
        Event("customer.subscription.trial_will_end", v => Subscription(v, "trialing")),
    ]);

    private static FixtureTemplate Event(string type, Func<FixtureValues, string> data) => FixtureTemplate.OfJson(type, v => $$$"""
        {"id":"{{{Id("evt_")}}}","object":"event","api_version":"2025-06-30.basil","created":{{{v.Unix}}},"data":{"object":{{{data(v)}}}},"livemode":false,"pending_webhooks":1,"request":{"id":"{{{Id("req_", 14)}}}","idempotency_key":"{{{Uuid()}}}"},"type":"{{{v.Type}}}"}
        """);

    private static string PaymentIntent(FixtureValues v, string status, long received) => $$$"""
        {"id":"{{{Id("pi_")}}}","object":"payment_intent","amount":2000,"amount_capturable":0,"amount_received":{{{received}}},"currency":"usd","status":"{{{status}}}","customer":"cus_Qh5sample","description":"Order #1001","latest_charge":"{{{Id("ch_")}}}","payment_method":"pm_card_visa","capture_method":"automatic_async","receipt_email":"ada@example.com","canceled_at":{{{(status == "canceled" ? v.Unix.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}},"cancellation_reason":{{{(status == "canceled" ? "\"requested_by_customer\"" : "null")}}},"metadata":{"order_id":"1001"},"created":{{{v.Unix}}},"livemode":false}
        """;

    private static string Charge(FixtureValues v, string status, bool refunded) => $$$"""
        {"id":"{{{Id("ch_")}}}","object":"charge","amount":2000,"amount_captured":{{{(status == "succeeded" ? 2000 : 0)}}},"amount_refunded":{{{(refunded ? 2000 : 0)}}},"currency":"usd","status":"{{{status}}}","paid":{{{(status == "succeeded" ? "true" : "false")}}},"captured":{{{(status == "succeeded" ? "true" : "false")}}},"refunded":{{{(refunded ? "true" : "false")}}},"customer":"cus_Qh5sample","payment_intent":"{{{Id("pi_")}}}","payment_method":"pm_card_visa","balance_transaction":"{{{Id("txn_")}}}","description":"Order #1001","failure_code":{{{(status == "failed" ? "\"card_declined\"" : "null")}}},"failure_message":{{{(status == "failed" ? "\"Your card was declined.\"" : "null")}}},"receipt_email":"ada@example.com","receipt_url":"https://pay.stripe.com/receipts/sample","metadata":{"order_id":"1001"},"created":{{{v.Unix}}},"livemode":false}
        """;

    private static string CheckoutSession(FixtureValues v, string status, string paymentStatus) => $$$"""
        {"id":"{{{Id("cs_test_", 40)}}}","object":"checkout.session","mode":"payment","status":"{{{status}}}","payment_status":"{{{paymentStatus}}}","amount_subtotal":2000,"amount_total":2000,"currency":"usd","client_reference_id":"order_1001","customer":"cus_Qh5sample","customer_email":"ada@example.com","customer_details":{"email":"ada@example.com","name":"Ada Lovelace","phone":null},"payment_intent":"{{{Id("pi_")}}}","subscription":null,"invoice":null,"url":null,"success_url":"https://example.com/success","metadata":{"order_id":"1001"},"created":{{{v.Unix - 600}}},"expires_at":{{{v.Unix + 85800}}},"livemode":false}
        """;

    private static string Invoice(FixtureValues v, string status) => $$$"""
        {"id":"{{{Id("in_")}}}","object":"invoice","status":"{{{status}}}","number":"A1B2C3D4-0001","customer":"cus_Qh5sample","customer_email":"ada@example.com","currency":"usd","amount_due":1500,"amount_paid":{{{(status == "paid" ? 1500 : 0)}}},"amount_remaining":{{{(status == "paid" ? 0 : 1500)}}},"subtotal":1500,"total":1500,"billing_reason":"subscription_cycle","collection_method":"charge_automatically","subscription":"sub_1Qh5sample","hosted_invoice_url":"https://invoice.stripe.com/i/sample","invoice_pdf":"https://pay.stripe.com/invoice/sample/pdf","period_start":{{{v.Unix - 2592000}}},"period_end":{{{v.Unix}}},"due_date":null,"metadata":{},"created":{{{v.Unix}}},"livemode":false}
        """;

    private static string Customer(FixtureValues v) => $$$"""
        {"id":"{{{Id("cus_", 14)}}}","object":"customer","email":"ada@example.com","name":"Ada Lovelace","phone":null,"description":null,"currency":"usd","balance":0,"delinquent":false,"metadata":{},"created":{{{v.Unix}}},"livemode":false}
        """;

    private static string Subscription(FixtureValues v, string status) => $$$"""
        {"id":"{{{Id("sub_")}}}","object":"subscription","customer":"cus_Qh5sample","status":"{{{status}}}","currency":"usd","items":{"object":"list","data":[{"id":"{{{Id("si_", 14)}}}","object":"subscription_item","price":{"id":"price_1Qh5monthly","object":"price","product":"prod_Qh5sample","unit_amount":1500,"currency":"usd","type":"recurring","recurring":{"interval":"month","interval_count":1},"lookup_key":"pro_monthly","nickname":"Pro","active":true,"metadata":{}},"quantity":1,"current_period_start":{{{v.Unix}}},"current_period_end":{{{v.Unix + 2592000}}},"metadata":{}}],"has_more":false,"url":"/v1/subscription_items"},"cancel_at_period_end":false,"cancel_at":null,"canceled_at":{{{(status == "canceled" ? v.Unix.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}},"ended_at":{{{(status == "canceled" ? v.Unix.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}},"trial_start":{{{(status == "trialing" ? (v.Unix - 1036800).ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}},"trial_end":{{{(status == "trialing" ? (v.Unix + 259200).ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}},"start_date":{{{v.Unix}}},"latest_invoice":"in_1Qh5sample","default_payment_method":"pm_card_visa","collection_method":"charge_automatically","metadata":{},"created":{{{v.Unix}}},"livemode":false}
        """;
}
