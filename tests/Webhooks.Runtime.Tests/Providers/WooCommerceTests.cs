using System.Security.Cryptography;
using Webhooks.Providers;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>WooCommerce: <c>X-WC-Webhook-Signature</c>, base64 HMAC-SHA256 of the body, the secret as typed.</summary>
public sealed class WooCommerceTests : ProviderContractTests
{
    protected override string Provider => "woocommerce";

    // Generated secrets are 50 characters with specials (wp_generate_password(50, true, true)), used verbatim.
    protected override string Secret => "p&K<9\"x]T!s@4Lz^mQ~e|Wc#7rBv(Yd)N$h%Uj*Ag+Fo=Ix?1";

    protected override string OtherSecret => "woocommerce-webhook-secret";

    protected override string[] SignatureHeaders => ["X-WC-Webhook-Signature"];

    protected override string Body => """{"id":727,"status":"processing","currency":"USD","total":"29.35","line_items":[{"id":315,"name":"Woo Single #1","quantity":2}]}""";

    // woocommerce/woocommerce plugins/woocommerce/tests/legacy/unit-tests/webhooks/crud.php @ 6147c5e,
    // test_generate_signature: generate_signature('secret') of a new webhook, whose secret is empty, so the key is ""
    // and 'secret' is the payload. Configuration refuses an empty secret, so the verifier is built with the empty key.
    [Fact]
    public void WooCommerce_unit_test_vector()
    {
        var verifier = new BodyHmacVerifier([[]], "X-WC-Webhook-Signature", null, HmacAlgorithm.Sha256, SignatureEncoding.Base64);

        Assert.Equal(WebhookVerificationStatus.Valid, verifier.Verify(Request(("X-WC-Webhook-Signature", "GBDo00G55h6IiV+6CxqivQPLbI//KzaOZm747971tPs=")), Utf8("secret")).Status);
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, verifier.Verify(Request(("X-WC-Webhook-Signature", "GBDo00G55h6IiV+6CxqivQPLbI//KzaOZm747971tPs=")), Utf8("secreT")).Status);
    }

    // No other vector is published: base64(hash_hmac('sha256', $body, $secret, true)), computed here with the BCL.
    [Fact]
    public void Base64_hmac_of_the_body_under_the_secret_as_typed_verifies()
    {
        var body = Utf8(Body);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Utf8(Secret), body));

        Assert.Equal(WebhookVerificationStatus.Valid, Verifier(Provider, TimeProvider.System, Secret).Verify(Request(("X-WC-Webhook-Signature", signature)), body).Status);
    }

    // The unsigned ping WooCommerce posts when a webhook is saved: it carries no credentials, so it is refused.
    [Fact]
    public void The_unsigned_creation_ping_is_missing_its_signature() => Assert.Equal(
        WebhookVerificationStatus.MissingHeaders,
        Verifier(Provider, TimeProvider.System, Secret).Verify(Request(), Utf8("webhook_id=12")).Status);

    [Fact]
    public void Descriptor_reads_the_topic_and_delivery_id_headers()
    {
        Assert.Equal((ValueSourceKind.Header, "X-WC-Webhook-Topic"), (BuiltInProviders.WooCommerce.EventType.Kind, BuiltInProviders.WooCommerce.EventType.Name));
        Assert.Equal([(ValueSourceKind.Header, "X-WC-Webhook-Delivery-ID")], BuiltInProviders.WooCommerce.IdempotencyKeys.Select(k => (k.Kind, k.Name)));
    }
}
