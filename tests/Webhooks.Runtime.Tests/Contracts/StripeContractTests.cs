using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>Stripe's event envelope and its common <c>data.object</c>s, read through the built-in source-generated metadata.</summary>
/// <remarks>
/// The envelope follows "The Event object" (https://docs.stripe.com/api/events/object); the objects are
/// Stripe's own fixtures (https://github.com/stripe/openapi, openapi/fixtures3.json), trimmed to the members
/// the contracts name plus a few they don't.
/// </remarks>
public sealed class StripeContractTests
{
    // The example on https://docs.stripe.com/api/events/object, data.object trimmed.
    private const string SetupIntentCreated = """
        {
          "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
          "object": "event",
          "api_version": "2019-02-19",
          "created": 1686089970,
          "data": {
            "object": {
              "id": "seti_1NG8Du2eZvKYlo2C9XMqbR0x",
              "object": "setup_intent",
              "created": 1686089970,
              "customer": null,
              "livemode": false,
              "metadata": {},
              "payment_method": "pm_1NG8Du2eZvKYlo2CYzzldNr7",
              "status": "requires_confirmation",
              "usage": "off_session"
            }
          },
          "livemode": false,
          "pending_webhooks": 0,
          "request": {
            "id": null,
            "idempotency_key": null
          },
          "type": "setup_intent.created"
        }
        """;

    private const string PaymentIntentCreated = """
        {
          "id": "evt_1Pgc76B7WZ01zgkWwyRHS12y",
          "object": "event",
          "api_version": "2024-06-20",
          "created": 1234567890,
          "data": {
            "object": {
              "id": "pi_1PgafyB7WZ01zgkWSjxsAJo3",
              "object": "payment_intent",
              "amount": 1099,
              "amount_capturable": 0,
              "amount_received": 0,
              "capture_method": "automatic",
              "client_secret": "pi_1PgafyB7WZ01zgkWSjxsAJo3_secret_Dm43xiq1k0ywrRRjDoi8y1gkM",
              "created": 1234567890,
              "currency": "usd",
              "customer": null,
              "description": null,
              "latest_charge": null,
              "livemode": false,
              "metadata": { "order_id": "6735" },
              "payment_method": null,
              "payment_method_types": ["card"],
              "receipt_email": null,
              "status": "requires_payment_method",
              "canceled_at": null,
              "cancellation_reason": null
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": { "id": "req_Kx1xG1HbKp3mGa", "idempotency_key": "8e3a1c0e-6a2f-4b1f-9d0b-0e2a6c1b7f55" },
          "type": "payment_intent.created"
        }
        """;

    // API version 2025-03-31 and later: the subscription's id moved to parent.subscription_details.
    private const string InvoicePaid = """
        {
          "id": "evt_1QxInvoicePaid",
          "object": "event",
          "api_version": "2025-03-31.basil",
          "created": 1234567890,
          "data": {
            "object": {
              "id": "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
              "object": "invoice",
              "account_country": "US",
              "amount_due": 1000,
              "amount_paid": 1000,
              "amount_remaining": 0,
              "billing_reason": "subscription_cycle",
              "collection_method": "charge_automatically",
              "created": 1234567890,
              "currency": "usd",
              "customer": "cus_QXg1o8vcGmoR32",
              "customer_email": null,
              "due_date": null,
              "hosted_invoice_url": null,
              "invoice_pdf": null,
              "livemode": false,
              "metadata": {},
              "number": null,
              "parent": {
                "quote_details": null,
                "subscription_details": { "metadata": {}, "subscription": "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw" },
                "type": "subscription_details"
              },
              "period_end": 1234567890,
              "period_start": 1234567890,
              "status": "paid",
              "subtotal": 1000,
              "total": 1000
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": { "id": null, "idempotency_key": null },
          "type": "invoice.paid"
        }
        """;

    private const string SubscriptionUpdated = """
        {
          "id": "evt_1QxSubscriptionUpdated",
          "object": "event",
          "api_version": "2025-03-31.basil",
          "created": 1234567890,
          "data": {
            "object": {
              "id": "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw",
              "object": "subscription",
              "cancel_at": null,
              "cancel_at_period_end": true,
              "canceled_at": 1234567890,
              "collection_method": "charge_automatically",
              "created": 1234567890,
              "currency": "usd",
              "customer": "cus_QXg1o8vcGmoR32",
              "default_payment_method": null,
              "ended_at": null,
              "items": {
                "object": "list",
                "data": [
                  {
                    "id": "si_QXhVnC2h0Jczwc",
                    "object": "subscription_item",
                    "created": 1721954054,
                    "current_period_end": 1724632454,
                    "current_period_start": 1721954054,
                    "metadata": {},
                    "price": {
                      "id": "price_1PgafmB7WZ01zgkW6dKueIc5",
                      "object": "price",
                      "active": true,
                      "currency": "usd",
                      "lookup_key": null,
                      "metadata": {},
                      "nickname": null,
                      "product": "prod_QXg1hqf4jFNsqG",
                      "recurring": { "interval": "month", "interval_count": 1, "meter": null, "usage_type": "licensed" },
                      "type": "recurring",
                      "unit_amount": 2000,
                      "unit_amount_decimal": "2000"
                    },
                    "quantity": 1,
                    "subscription": "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw"
                  }
                ],
                "has_more": false,
                "url": "/v1/subscription_items?subscription=sub_1Pgc6rB7WZ01zgkWNy0Cn5nw"
              },
              "latest_invoice": "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
              "livemode": false,
              "metadata": {},
              "start_date": 1234567890,
              "status": "active",
              "trial_end": null,
              "trial_start": null
            },
            "previous_attributes": { "cancel_at_period_end": false }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": { "id": "req_Kx1xG1HbKp3mGb", "idempotency_key": null },
          "type": "customer.subscription.updated"
        }
        """;

    private static string Event(string type, string dataObject) =>
        $$"""{"id":"evt_1","object":"event","api_version":"2024-06-20","created":1234567890,"data":{"object":{{dataObject}}},"livemode":false,"pending_webhooks":1,"request":null,"type":"{{type}}"}""";

    private static StripeEvent Read(string json) => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.StripeEvent)!;

    [Fact]
    public void Envelope_of_the_documented_example_is_read()
    {
        var evt = Read(SetupIntentCreated);

        Assert.Equal("evt_1NG8Du2eZvKYlo2CUI79vXWy", evt.Id);
        Assert.Equal("event", evt.Object);
        Assert.Equal("2019-02-19", evt.ApiVersion);
        Assert.Equal(1686089970, evt.Created);
        Assert.Equal("setup_intent.created", evt.Type);
        Assert.Equal(0, evt.PendingWebhooks);
        Assert.Null(evt.Request!.Id);
        Assert.Null(evt.Account);
        Assert.Equal("setup_intent", evt.Data.ObjectType);
        Assert.Equal("requires_confirmation", evt.Data.Object.GetProperty("status").GetString());
        Assert.Null(evt.Data.PreviousAttributes);
    }

    [Fact]
    public void Typed_helper_answers_null_for_another_object() =>
        Assert.Null(Read(SetupIntentCreated).AsPaymentIntent());

    [Fact]
    public void Typed_event_deserializes_data_object()
    {
        var evt = JsonSerializer.Deserialize(PaymentIntentCreated, WebhookContractsJsonContext.Default.StripeEventStripePaymentIntent)!;
        var intent = evt.Data.Object;

        Assert.Equal("req_Kx1xG1HbKp3mGa", evt.Request!.Id);
        Assert.Equal("8e3a1c0e-6a2f-4b1f-9d0b-0e2a6c1b7f55", evt.Request.IdempotencyKey);
        Assert.Equal("pi_1PgafyB7WZ01zgkWSjxsAJo3", intent.Id);
        Assert.Equal(1099, intent.Amount);
        Assert.Equal("usd", intent.Currency);
        Assert.Equal("requires_payment_method", intent.Status);
        Assert.Equal("6735", intent.Metadata["order_id"]);
        Assert.Null(intent.Customer);
        Assert.Null(intent.CanceledAt);
        Assert.True(intent.AdditionalProperties!.ContainsKey("client_secret"));
    }

    [Fact]
    public void Untyped_event_reads_data_object_through_the_helpers_and_json_type_info()
    {
        var evt = Read(PaymentIntentCreated);

        Assert.Equal(1099, evt.AsPaymentIntent()!.Amount);
        Assert.Equal("pi_1PgafyB7WZ01zgkWSjxsAJo3", evt.GetObject(WebhookContractsJsonContext.Default.StripePaymentIntent)!.Id);
        Assert.Null(evt.AsInvoice());
    }

    [Fact]
    public void Invoice_finds_its_subscription_under_parent_in_newer_api_versions()
    {
        var invoice = Read(InvoicePaid).AsInvoice()!;

        Assert.Equal("in_1Pgc6tB7WZ01zgkWu9fdqL6I", invoice.Id);
        Assert.Equal("paid", invoice.Status);
        Assert.Equal(1000, invoice.AmountPaid);
        Assert.Null(invoice.Subscription);
        Assert.Equal("sub_1Pgc6rB7WZ01zgkWNy0Cn5nw", invoice.SubscriptionId);
        Assert.Null(invoice.DueDate);
        Assert.Equal("US", invoice.AdditionalProperties!["account_country"].GetString());
    }

    [Fact]
    public void Invoice_reads_its_subscription_at_the_top_level_in_older_api_versions()
    {
        var invoice = Read(Event("invoice.paid", """{"id":"in_1","object":"invoice","subscription":"sub_old","metadata":null}""")).AsInvoice()!;

        Assert.Equal("sub_old", invoice.SubscriptionId);
        Assert.Null(invoice.Metadata);
    }

    [Fact]
    public void Subscription_update_carries_items_and_previous_attributes()
    {
        var evt = JsonSerializer.Deserialize(SubscriptionUpdated, WebhookContractsJsonContext.Default.StripeEventStripeSubscription)!;
        var subscription = evt.Data.Object;
        var item = Assert.Single(subscription.Items.Data);

        Assert.Equal("active", subscription.Status);
        Assert.True(subscription.CancelAtPeriodEnd);
        Assert.Null(subscription.CurrentPeriodEnd);
        Assert.Equal(1724632454, item.CurrentPeriodEnd);
        Assert.Equal("price_1PgafmB7WZ01zgkW6dKueIc5", item.Price.Id);
        Assert.Equal(2000, item.Price.UnitAmount);
        Assert.Equal("month", item.Price.Recurring!.Interval);
        Assert.Equal(1, item.Quantity);
        Assert.False(subscription.Items.HasMore);
        Assert.False(evt.Data.PreviousAttributes!.Value.GetProperty("cancel_at_period_end").GetBoolean());
    }

    [Fact]
    public void Checkout_session_allows_null_metadata_and_amounts()
    {
        var session = Read(Event("checkout.session.completed", """
            {"id":"cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY","object":"checkout.session",
             "amount_subtotal":null,"amount_total":null,"client_reference_id":null,"created":1234567890,"currency":null,
             "customer":null,"customer_details":{"address":{"city":null,"country":null},"email":"example@example.com","name":null,"phone":null,"tax_exempt":"none"},
             "customer_email":null,"expires_at":1234567890,"invoice":null,"livemode":false,"metadata":null,"mode":"payment",
             "payment_intent":"pi_1PgafyB7WZ01zgkWSjxsAJo3","payment_status":"unpaid","status":"open","subscription":null,
             "success_url":"https://example.com/success","url":"https://checkout.stripe.com/pay/c/cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY"}
            """)).AsCheckoutSession()!;

        Assert.Equal("payment", session.Mode);
        Assert.Equal("unpaid", session.PaymentStatus);
        Assert.Equal("pi_1PgafyB7WZ01zgkWSjxsAJo3", session.PaymentIntent);
        Assert.Equal("example@example.com", session.CustomerDetails!.Email);
        Assert.Null(session.AmountTotal);
        Assert.Null(session.Metadata);
    }

    [Fact]
    public void Charge_and_customer_are_read_by_their_helpers()
    {
        var charge = Read(Event("charge.succeeded", """
            {"id":"ch_1PgafuB7WZ01zgkWXYmPNZs8","object":"charge","amount":100,"amount_captured":0,"amount_refunded":0,
             "balance_transaction":"txn_1PgaxNB7WZ01zgkWEV3TLf40","captured":false,"created":1234567890,"currency":"usd","customer":null,
             "description":"My First Test Charge (created for API docs)","disputed":false,"failure_code":null,"failure_message":null,
             "livemode":false,"metadata":{},"paid":true,"payment_intent":null,"payment_method":"card_1PgaftB7WZ01zgkWm3waTcFp",
             "receipt_email":null,"receipt_url":null,"refunded":false,"status":"succeeded"}
            """)).AsCharge()!;
        var customer = Read(Event("customer.created", """
            {"id":"cus_QXg1o8vcGmoR32","object":"customer","balance":0,"created":1234567890,"currency":"usd","delinquent":false,
             "description":null,"email":null,"invoice_prefix":"7FE1103","livemode":false,"metadata":{},"name":null,"phone":null}
            """)).AsCustomer()!;

        Assert.Equal(100, charge.Amount);
        Assert.True(charge.Paid);
        Assert.Equal("succeeded", charge.Status);
        Assert.Equal("txn_1PgaxNB7WZ01zgkWEV3TLf40", charge.BalanceTransaction);
        Assert.Equal("cus_QXg1o8vcGmoR32", customer.Id);
        Assert.Equal("usd", customer.Currency);
        Assert.Null(customer.Email);
        Assert.Equal("7FE1103", customer.AdditionalProperties!["invoice_prefix"].GetString());
    }

    [Fact]
    public void Unknown_envelope_member_is_kept()
    {
        var evt = Read("""{"id":"evt_1","type":"customer.created","context":"acct_1","data":{"object":{}}}""");

        Assert.Equal("acct_1", evt.AdditionalProperties!["context"].GetString());
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var evt = Read("{}");

        Assert.Equal("", evt.Id);
        Assert.Equal("", evt.Type);
        Assert.Null(evt.Request);
        Assert.Null(evt.Data.ObjectType);
        Assert.Null(evt.GetObject(WebhookContractsJsonContext.Default.StripeInvoice));
        Assert.Null(evt.AsInvoice());
    }

    [Theory]
    [InlineData("""{"id":"evt_1","created":"yesterday"}""")]
    [InlineData("""{"id":"evt_1","type":null}""")]
    [InlineData("""{"id":"evt_1","request":"req_1"}""")]
    public void Wrong_type_or_null_for_a_non_nullable_envelope_member_throws(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData("""{"id":"pi_1","object":"payment_intent","amount":"1099"}""")]
    [InlineData("""{"id":"pi_1","object":"payment_intent","metadata":null}""")]
    [InlineData("""{"id":"pi_1","object":"payment_intent","metadata":{"n":1}}""")]
    public void Wrong_type_or_null_in_a_typed_object_throws(string dataObject)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Event("payment_intent.created", dataObject), WebhookContractsJsonContext.Default.StripeEventStripePaymentIntent));
        Assert.Throws<JsonException>(() => Read(Event("payment_intent.created", dataObject)).AsPaymentIntent());
    }

    [Fact]
    public void Null_data_object_of_a_typed_event_throws() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"evt_1","type":"invoice.paid","data":{"object":null}}""", WebhookContractsJsonContext.Default.StripeEventStripeInvoice));

    // Each closed event type's metadata reads the envelope and its own data.object.
    [Fact]
    public void Every_closed_event_type_reads_its_data_object()
    {
        var context = WebhookContractsJsonContext.Default;

        Assert.Equal("pi_1", ReadTyped(context.StripeEventStripePaymentIntent, "payment_intent", "pi_1").Data.Object.Id);
        Assert.Equal("cs_1", ReadTyped(context.StripeEventStripeCheckoutSession, "checkout.session", "cs_1").Data.Object.Id);
        Assert.Equal("in_1", ReadTyped(context.StripeEventStripeInvoice, "invoice", "in_1").Data.Object.Id);
        Assert.Equal("sub_1", ReadTyped(context.StripeEventStripeSubscription, "subscription", "sub_1").Data.Object.Id);
        Assert.Equal("cus_1", ReadTyped(context.StripeEventStripeCustomer, "customer", "cus_1").Data.Object.Id);
        Assert.Equal("ch_1", ReadTyped(context.StripeEventStripeCharge, "charge", "ch_1").Data.Object.Id);
    }

    private static StripeEvent<T> ReadTyped<T>(JsonTypeInfo<StripeEvent<T>> typeInfo, string objectType, string id)
        where T : class, new()
    {
        var evt = JsonSerializer.Deserialize(Event(objectType + ".created", $$"""{"id":"{{id}}","object":"{{objectType}}"}"""), typeInfo)!;
        Assert.Equal(objectType + ".created", evt.Type);
        return evt;
    }

    [Theory]
    [InlineData(typeof(StripeEvent))]
    [InlineData(typeof(StripeEvent<StripeInvoice>))]
    public void Contracts_name_stripe_for_any_event(Type contractType)
    {
        var contract = contractType.GetCustomAttribute<WebhookContractAttribute>()!;

        Assert.Equal("stripe", contract.Provider);
        Assert.Null(contract.Events);
    }
}
