using Webhooks.Testing;
using Webhooks.Verification;
using static Webhooks.Runtime.Tests.Providers.ProviderRequests;

namespace Webhooks.Runtime.Tests.Providers;

public sealed class ShopifyTests : ProviderContractTests
{
    protected override string Provider => "shopify";

    protected override string Secret => "test_secret_key";

    protected override string OtherSecret => "shpss_another_client_secret";

    protected override string[] SignatureHeaders => ["X-Shopify-Hmac-Sha256"];

    private static WebhookVerificationStatus Verify(string body, string? hmac) =>
        Verifier("shopify", TimeProvider.System, "test_secret_key").Verify(Request(("X-Shopify-Hmac-Sha256", hmac)), Utf8(body)).Status;

    // Shopify/shopify-app-js packages/apps/shopify-api/lib/webhooks/__tests__/validate.test.ts ("returns true for
    // valid request"; the test config's apiSecretKey is test_secret_key), formerly Shopify/shopify-api-js.
    [Fact]
    public void Shopify_api_js_vector() =>
        Assert.Equal(WebhookVerificationStatus.Valid, Verify("""{"foo": "bar"}""", "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="));

    // The same file: "returns false on invalid HMAC" (the helper's default hmac is "fake") and "on missing HMAC".
    [Fact]
    public void Shopify_api_js_invalid_and_missing_hmac()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("""{"foo": "bar"}""", "fake"));
        Assert.Equal(WebhookVerificationStatus.MissingHeaders, Verify("""{"foo": "bar"}""", ""));
    }

    // Shopify's digest is base64, not hex: the same bytes in hex are not accepted.
    [Fact]
    public void A_hex_digest_is_invalid()
    {
        var hex = Convert.ToHexStringLower(Convert.FromBase64String("B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="));
        Assert.Equal(WebhookVerificationStatus.InvalidSignature, Verify("""{"foo": "bar"}""", hex));
    }

    [Fact]
    public async Task Signer_sets_the_topic_and_delivery_headers()
    {
        var signer = new WebhookSigner("shopify", Secret, ClockAt(Now));
        var (request, _) = await Receive(signer.CreateRequest("/webhooks/shopify", "{}", webhookId: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", eventType: "orders/create"));

        Assert.Equal("orders/create", request.Headers["X-Shopify-Topic"]);
        Assert.Equal("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", request.Headers["X-Shopify-Webhook-Id"]);
        Assert.Equal("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", request.Headers["X-Shopify-Event-Id"]);
    }
}
